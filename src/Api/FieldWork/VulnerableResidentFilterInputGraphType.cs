using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>The filter of <c>vulnerableResidents</c>.</summary>
public sealed class VulnerableResidentFilterInputGraphType : InputObjectGraphType
{
    public VulnerableResidentFilterInputGraphType()
    {
        Name = "VulnerableResidentFilter";
        Description = "Conditions on registered residents; all given must hold.";
        Field<StringGraphType>("communityCode").Description("Division code of the community.");
        Field<StringGraphType>("gridCode").Description("Code of the grid.");
        Field<IdGraphType>("buildingId").Description("The building.");
        Field<ListGraphType<NonNullGraphType<VulnerableCategoryGraphType>>>("category").Description("Any of these categories.");
        Field<BooleanGraphType>("overdue").Description("Only overdue (true) or not overdue (false).");
    }
}
