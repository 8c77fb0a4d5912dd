using FireMap.Api.Buildings;
using FireMap.Api.Compounds;
using GraphQL.DI;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace FireMap.Api.Risk.Schema;

/// <summary>
/// Adds a <c>risk</c> field (the current score, from the latest run) to the existing <c>Compound</c> and
/// <c>Building</c> types without touching their files: a schema visitor adds the field when the schema is
/// built, typed as the <c>RiskScore</c> that the risk queries already put into the schema, and resolved
/// through a per-request batch loader (one query for all compounds, one for all buildings of a response).
/// </summary>
public sealed class RiskFieldsOnNodes : IConfigureSchema
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
            if (type.Name is not ("Compound" or "Building") || type.HasField("risk"))
            {
                return;
            }

            var riskScore = schema.AllTypes["RiskScore"]
                ?? throw new InvalidOperationException("The RiskScore type is not in the schema; the risk queries put it there.");
            var compound = type.Name == "Compound";
            type.AddField(new FieldType
            {
                Name = "risk",
                Description = compound
                    ? "The compound's current fire-risk score (latest run of the current model); null before the first run."
                    : "The building's current fire-risk score (latest run of the current model); null before the first run.",
                Type = typeof(RiskScoreGraphType),
                ResolvedType = riskScore,
                Resolver = new FuncFieldResolver<object?>(context =>
                {
                    var loader = context.RequestServices!.GetRequiredService<LatestRiskLoader>();
                    return context.Source switch
                    {
                        CompoundRecord x => loader.Compound(x.Id),
                        BuildingRecord b => loader.Building(b.Id),
                        _ => null,
                    };
                }),
            });
        }
    }
}
