using FireMap.Api.GraphQL.Types;
using GraphQL.Types;

namespace FireMap.Api.Hazards;

/// <summary>Conditions of the hazard list; all given conditions must hold.</summary>
public sealed class HazardFilterInputGraphType : InputObjectGraphType
{
    public HazardFilterInputGraphType()
    {
        Name = "HazardFilter";
        Description = "Conditions of the hazard list; every condition given must hold, absent ones do not filter.";
        Field<StringGraphType>("communityCode").Description("Only hazards in this community (division code).");
        Field<StringGraphType>("gridCode").Description("Only hazards in this grid.");
        Field<ListGraphType<NonNullGraphType<HazardStatusGraphType>>>("status").Description("Only these statuses.");
        Field<ListGraphType<NonNullGraphType<HazardSeverityGraphType>>>("severity").Description("Only these severities.");
        Field<ListGraphType<NonNullGraphType<HazardCategoryGraphType>>>("category").Description("Only these categories.");
        Field<BooleanGraphType>("overdue").Description("true: only open hazards past their deadline; false: only the others.");
        Field<BooleanGraphType>("supervised").Description("true: only hazards under listed supervision; false: only the others.");
        Field<ListGraphType<NonNullGraphType<HazardSubjectTypeGraphType>>>("subjectType").Description("Only hazards on these kinds of subject.");
        Field<DateOnlyGraphType>("dueBefore").Description("Only hazards whose deadline is before this date.");
        Field<BoundingBoxInputGraphType>("bbox").Description("Only hazards inside this WGS84 box.");
    }
}
