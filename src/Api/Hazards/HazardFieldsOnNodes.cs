using FireMap.Api.Access;
using FireMap.Api.Buildings;
using FireMap.Api.Compounds;
using FireMap.Api.Places;
using GraphQL.DI;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace FireMap.Api.Hazards;

/// <summary>
/// Adds <c>hazards</c> to the existing <c>Compound</c>, <c>Building</c> and <c>Place</c> types without
/// touching their files: a schema visitor adds the field when the schema is built, resolved through a
/// per-request batch loader (one query per kind of node in a response).
/// </summary>
public sealed class HazardFieldsOnNodes : IConfigureSchema
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
            if (type.Name is not ("Compound" or "Building" or "Place") || type.HasField("hazards"))
            {
                return;
            }

            var hazard = schema.AllTypes["Hazard"]
                ?? throw new InvalidOperationException("The Hazard type is not in the schema; the hazard queries put it there.");
            var description = type.Name switch
            {
                "Compound" => "Hazards in the compound: on it, its fire lanes, its buildings and the places in them; ordered by id.",
                "Building" => "Hazards on the building and on the places in it; ordered by id.",
                _ => "Hazards on the place; ordered by id.",
            };
            type.AddField(new FieldType
            {
                Name = "hazards",
                Description = description,
                Type = typeof(NonNullGraphType<ListGraphType<NonNullGraphType<HazardGraphType>>>),
                ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(hazard))),
                Resolver = new FuncFieldResolver<object?>(context =>
                {
                    var loader = context.RequestServices!.GetRequiredService<HazardNodeLoader>();
                    return context.Source switch
                    {
                        CompoundRecord x => loader.Compound(x.Id),
                        BuildingRecord b => loader.Building(b.Id),
                        PlaceRecord p => loader.Place(p.Id),
                        _ => null,
                    };
                }),
            }.Allow(AccessRule.Read));
        }
    }
}
