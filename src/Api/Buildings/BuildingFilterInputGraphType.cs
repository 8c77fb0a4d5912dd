using GraphQL.Types;

namespace FireMap.Api.Buildings;

/// <summary>Optional conditions on buildings in a radius search.</summary>
public sealed class BuildingFilterInputGraphType : InputObjectGraphType
{
    public BuildingFilterInputGraphType()
    {
        Name = "BuildingFilter";
        Description = "Conditions a building must meet; absent members do not filter.";
        Field<ListGraphType<NonNullGraphType<UseClassGraphType>>>("useClasses").Description("Only these use classes.");
        Field<BooleanGraphType>("highRise").Description("true: only high-rise buildings (GB 50016); false: only the others.");
        Field<IntGraphType>("minFloors").Description("Only buildings with at least this many floors.");
    }
}
