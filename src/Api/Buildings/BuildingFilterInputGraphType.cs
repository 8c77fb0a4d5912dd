using GraphQL;
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

    /// <summary>The filter argument of a field, or <see cref="BuildingFilter.None"/> when absent.</summary>
    public static BuildingFilter Read(IResolveFieldContext context, string name = "filter")
    {
        var value = context.GetArgument<Dictionary<string, object?>?>(name);
        if (value is null)
        {
            return BuildingFilter.None;
        }

        var useClasses = value.GetValueOrDefault("useClasses") is IEnumerable<object?> classes
            ? classes.Select(c => (string)c!).ToList()
            : null;
        return new BuildingFilter(
            useClasses is { Count: > 0 } ? useClasses : null,
            value.GetValueOrDefault("highRise") as bool?,
            value.GetValueOrDefault("minFloors") as int?);
    }
}
