using FireMap.Api.Hazards;
using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>A hazard raised from a failed checklist item.</summary>
public sealed class RaiseHazardInputGraphType : InputObjectGraphType
{
    public RaiseHazardInputGraphType()
    {
        Name = "RaiseHazardInput";
        Description = "A hazard to raise from a failed item, in the category the checklist item names.";
        Field<NonNullGraphType<HazardSeverityGraphType>>("severity").Description("General or major.");
        Field<NonNullGraphType<StringGraphType>>("description").Description("What was found.");
        Field<DateOnlyGraphType>("deadline").Description("Rectification deadline; default from the hazard configuration.");
        Field<StringGraphType>("responsibleUnit").Description("Responsible unit; default the subject's management unit.");
        Field<StringGraphType>("responsiblePerson").Description("Responsible person.");
    }
}
