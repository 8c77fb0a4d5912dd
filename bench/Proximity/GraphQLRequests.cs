using System.Globalization;
using System.Text.Json;

namespace FireMap.Bench.Proximity;

/// <summary>
/// Request bodies for the API side. The radius query asks only for fields the page SQL already
/// produces (no geometry, no totalCount), so both sides make the database do the same work.
/// </summary>
public static class GraphQLRequests
{
    public const string RadiusQuery =
        "query($lon: Float!, $lat: Float!) { buildingsWithin(center: {lon: $lon, lat: $lat}, radiusMeters: RADIUS, first: FIRST) " +
        "{ edges { distanceMeters node { id name address floors isHighRise } } } }";

    /// <summary>The same page with one field per edge: the database and row reading stay, most of GraphQL's field work goes.</summary>
    public const string DistanceOnlyQuery =
        "query($lon: Float!, $lat: Float!) { buildingsWithin(center: {lon: $lon, lat: $lat}, radiusMeters: RADIUS, first: FIRST) " +
        "{ edges { distanceMeters } } }";

    /// <summary>No resolver and no database: what the HTTP endpoint and GraphQL execution cost on their own.</summary>
    public const string TrivialQuery = "{ __typename }";

    public static Func<Random, string> Radius(BenchArea area, double radiusMeters, int first, string text = RadiusQuery)
    {
        var query = JsonSerializer.Serialize(text
            .Replace("RADIUS", radiusMeters.ToString("0.###", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("FIRST", first.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        return random =>
        {
            // The same draw as the pgbench script: two uniform steps of the centre grid.
            var (lon, lat) = area.Center(random.Next(BenchArea.CenterSteps), random.Next(BenchArea.CenterSteps));
            return string.Create(CultureInfo.InvariantCulture, $$$"""{"query":{{{query}}},"variables":{"lon":{{{lon:R}}},"lat":{{{lat:R}}}}}""");
        };
    }

    public static Func<Random, string> Trivial()
    {
        var body = $$"""{"query":{{JsonSerializer.Serialize(TrivialQuery)}}}""";
        return _ => body;
    }
}
