using FireMap.Api.Access;
using FireMap.Api.Buildings;
using GraphQL.DI;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace FireMap.Api.Coverage;

/// <summary>
/// Adds a <c>responseForce</c> field to the existing <c>Building</c> type without touching its file: a
/// schema visitor adds it when the schema is built, typed as the <c>ResponseForce</c> that the root
/// <c>responseForce</c> query already puts into the schema, and resolved through a per-request batch
/// loader (one query for all the buildings of a response).
/// </summary>
public sealed class ResponseForceOnBuildings : IConfigureSchema
{
    public void Configure(ISchema schema, IServiceProvider serviceProvider)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.RegisterVisitor(new Visitor());
    }

    private sealed class Visitor : BaseSchemaNodeVisitor
    {
        public override void VisitObject(IObjectGraphType type, ISchema schema)
        {
            if (type.Name != "Building" || type.HasField("responseForce"))
            {
                return;
            }

            var responseForce = schema.AllTypes["ResponseForce"]
                ?? throw new InvalidOperationException("The ResponseForce type is not in the schema; the responseForce query puts it there.");
            type.AddField(new FieldType
            {
                Name = "responseForce",
                Description = "The building's effective response force: staff of every station reaching it by road within the response-force time, against its requirement.",
                Type = typeof(ResponseForceGraphType),
                ResolvedType = responseForce,
                Resolver = new FuncFieldResolver<object?>(context => context.Source is BuildingRecord b
                    ? context.RequestServices!.GetRequiredService<ResponseForceLoader>().Building(b.Id)
                    : null),
            }.Allow(AccessRule.Read));
        }
    }
}
