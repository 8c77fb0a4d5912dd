namespace FireMap.Api.GraphQL.Types;

/// <summary>Names generic graph types after their node type (BuildingGraphType → Building).</summary>
internal static class GraphTypeNames
{
    public static string NodeName<TNodeType>() => typeof(TNodeType).Name.Replace("GraphType", "", StringComparison.Ordinal);
}
