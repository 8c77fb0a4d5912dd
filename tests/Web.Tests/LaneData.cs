using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace FireMap.Web.Tests;

/// <summary>
/// Fire lanes and blockages as the API has them, for the planner tests: lanes to report on,
/// reports and clears made directly (to set up a conflict), and the clean-up of what a test made.
/// </summary>
public static class LaneData
{
    private const string ClearLanesQuery = """
        query { fireLanes(status: [CLEAR], first: 200) { edges { node { id code compoundId geometry } } } }
        """;

    private const string LanesInBoxQuery = """
        query($box: BBoxInput!) { fireLanes(bbox: $box, first: 5) { totalCount } }
        """;

    private const string ReportMutation = """
        mutation($lane: ID!) {
          reportBlockage(input: { laneId: $lane, cause: EBIKE, remainingWidthMeters: 3, note: "browser test" }) { id code }
        }
        """;

    private const string ClearMutation = """
        mutation($id: ID!) { clearBlockage(id: $id, note: "browser test clean-up") { id active } }
        """;

    private const string ActiveSinceQuery = """
        query($since: DateTimeOffset!) { blockages(active: true, since: $since, first: 100) { edges { node { id } } } }
        """;

    /// <summary>Degrees around a lane's point within which no other lane may come (about 25 m).</summary>
    private const double Clearance = 0.00025;

    public sealed record Lane(string Id, string Code, string CompoundId, double Lon, double Lat);

    /// <summary>
    /// Lanes that are clear now, each with a point on it (the middle of its first segment) that no
    /// other lane comes near, so a report there can only snap onto that lane.
    /// </summary>
    public static async Task<List<Lane>> IsolatedClearLanesAsync(HttpClient client, int count)
    {
        var lanes = new List<Lane>();
        var edges = (await GraphQLClient.QueryAsync(client, ClearLanesQuery, new { })).GetProperty("fireLanes").GetProperty("edges");
        foreach (var node in edges.EnumerateArray().Select(e => e.GetProperty("node")))
        {
            var geometry = node.GetProperty("geometry");
            if (geometry.GetProperty("type").GetString() != "LineString")
            {
                continue;
            }

            var (a, b) = (geometry.GetProperty("coordinates")[0], geometry.GetProperty("coordinates")[1]);
            var lon = (a[0].GetDouble() + b[0].GetDouble()) / 2;
            var lat = (a[1].GetDouble() + b[1].GetDouble()) / 2;
            var box = new { west = lon - Clearance, south = lat - Clearance, east = lon + Clearance, north = lat + Clearance };
            var near = await GraphQLClient.QueryAsync(client, LanesInBoxQuery, new { box });
            if (near.GetProperty("fireLanes").GetProperty("totalCount").GetInt32() == 1)
            {
                lanes.Add(new Lane(node.GetProperty("id").GetString()!, node.GetProperty("code").GetString()!,
                    node.GetProperty("compoundId").GetString()!, lon, lat));
                if (lanes.Count == count)
                {
                    break;
                }
            }
        }

        return lanes;
    }

    /// <summary>Reports an e-bike blockage leaving 3 m on the lane; returns its id and code.</summary>
    public static async Task<(string Id, string Code)> ReportAsync(HttpClient client, string laneId)
    {
        var report = (await GraphQLClient.QueryAsync(client, ReportMutation, new { lane = laneId })).GetProperty("reportBlockage");
        return (report.GetProperty("id").GetString()!, report.GetProperty("code").GetString()!);
    }

    public static Task ClearAsync(HttpClient client, string id) => GraphQLClient.QueryAsync(client, ClearMutation, new { id });

    /// <summary>Clears every blockage still active that was reported at or after <paramref name="since"/>.</summary>
    public static async Task ClearReportedSinceAsync(HttpClient client, DateTimeOffset since)
    {
        var edges = (await GraphQLClient.QueryAsync(client, ActiveSinceQuery, new { since = since.ToString("O", CultureInfo.InvariantCulture) }))
            .GetProperty("blockages").GetProperty("edges");
        foreach (var edge in edges.EnumerateArray())
        {
            await ClearAsync(client, edge.GetProperty("node").GetProperty("id").GetString()!);
        }
    }

    /// <summary>The features of the blockages layer for this query string (e.g. <c>active=true</c>).</summary>
    public static async Task<List<JsonElement>> BlockageFeaturesAsync(HttpClient client, string query)
    {
        var layer = await client.GetFromJsonAsync<JsonElement>($"/api/layers/blockages.geojson?{query}");
        return [.. layer.GetProperty("features").EnumerateArray()];
    }
}
