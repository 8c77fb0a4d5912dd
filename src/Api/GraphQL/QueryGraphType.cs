using GraphQL.Types;

namespace FireMap.Api.GraphQL;

/// <summary>The root of every query: the fields every registered feature adds.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType(IEnumerable<IRootFields> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        Name = "Query";
        Description = "FireMap queries. Coordinates are WGS84 degrees, distances metres.";
        foreach (var feature in features)
        {
            feature.AddQueries(this);
        }
    }
}
