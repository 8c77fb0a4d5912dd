using FireMap.Api.Hazards;
using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>A hazard raised from a visit.</summary>
public sealed class VisitHazardInputGraphType : InputObjectGraphType
{
    public VisitHazardInputGraphType()
    {
        Name = "VisitHazardInput";
        Description = "A hazard found on a visit, raised on the resident's building.";
        Field<NonNullGraphType<HazardCategoryGraphType>>("category").Description("Kind of hazard.");
        Field<NonNullGraphType<HazardSeverityGraphType>>("severity").Description("General or major.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("What was found.");
        Field<DateOnlyGraphType>("deadline").Description("Rectification deadline; default from the hazard configuration.");
        Field<StringGraphType>("responsibleUnit").Description("Responsible unit; default the building's management unit.");
        Field<StringGraphType>("responsiblePerson").Description("Responsible person.");
    }
}
