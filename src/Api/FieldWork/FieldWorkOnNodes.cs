using FireMap.Api.Access;
using FireMap.Api.Buildings;
using FireMap.Api.Compounds;
using FireMap.Api.Hazards;
using FireMap.Api.Places;
using GraphQL.DI;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace FireMap.Api.FieldWork;

/// <summary>
/// Adds field work to existing types without touching their files: <c>inspections</c> on <c>Building</c>, <c>Place</c>
/// and <c>Compound</c>, <c>inspection</c> and <c>visit</c> on <c>Hazard</c>, and <c>visit</c> on <c>HazardAlert</c>;
/// resolved through per-request batch loaders.
/// </summary>
public sealed class FieldWorkOnNodes : IConfigureSchema
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
            switch (type.Name)
            {
                case "Building" or "Place" or "Compound" when !type.HasField("inspections"):
                    var inspection = schema.AllTypes["Inspection"]!;
                    type.AddField(new FieldType
                    {
                        Name = "inspections",
                        Description = $"Inspections of it, newest first, at most {InspectionRepository.MaxPerSubject}.",
                        Type = typeof(NonNullGraphType<ListGraphType<NonNullGraphType<InspectionGraphType>>>),
                        ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(inspection))),
                        Resolver = new FuncFieldResolver<object?>(context =>
                        {
                            var loader = context.RequestServices!.GetRequiredService<FieldWorkLoader>();
                            return context.Source switch
                            {
                                BuildingRecord b => loader.InspectionsOf("building", b.Id),
                                PlaceRecord p => loader.InspectionsOf("place", p.Id),
                                CompoundRecord x => loader.InspectionsOf("compound", x.Id),
                                _ => null,
                            };
                        }),
                    }.Allow(AccessRule.Read));
                    break;
                case "Hazard" when !type.HasField("inspection"):
                    type.AddField(new FieldType
                    {
                        Name = "inspection",
                        Description = "The inspection whose failed item raised it; null when none (or outside the reader's community).",
                        Type = typeof(InspectionGraphType),
                        ResolvedType = schema.AllTypes["Inspection"],
                        Resolver = new FuncFieldResolver<object?>(context => context.Source is HazardRecord h
                            ? context.RequestServices!.GetRequiredService<FieldWorkLoader>().InspectionOfHazard(h.Id)
                            : null),
                    }.Allow(AccessRule.Read));
                    break;
            }
        }
    }
}
