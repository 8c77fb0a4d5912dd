using FireMap.Api.Hazards;
using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>The filter of <c>inspections</c>.</summary>
public sealed class InspectionFilterInputGraphType : InputObjectGraphType
{
    public InspectionFilterInputGraphType()
    {
        Name = "InspectionFilter";
        Description = "Conditions on inspections; all given must hold.";
        Field<StringGraphType>("communityCode").Description("Division code of the community.");
        Field<StringGraphType>("gridCode").Description("Code of the grid.");
        Field<HazardSubjectTypeGraphType>("subjectType").Description("Kind of subject.");
        Field<IdGraphType>("subjectId").Description("Id of the subject (with subjectType).");
        Field<ListGraphType<NonNullGraphType<InspectionKindGraphType>>>("kind").Description("Any of these kinds.");
        Field<DateOnlyGraphType>("from").Description("Inspected on or after this China-time date.");
        Field<DateOnlyGraphType>("to").Description("Inspected on or before this China-time date.");
        Field<IdGraphType>("inspectorId").Description("Account of the inspector.");
    }
}
