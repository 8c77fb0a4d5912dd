using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Web.Tests;

/// <summary>
/// Fire lanes and blockages as the API has them, for the planner tests: lanes to report on,
/// reports and clears made directly (to set up a conflict), and the clean-up of what a test made.
/// </summary>
public static class LaneData
{
    private const string ClearLanesQuery = """
        query($first: Int!) { fireLanes(status: [CLEAR], first: $first) { edges { node { id code compoundId geometry } } } }
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
    /// other lane comes near, so a report there can only snap onto that lane; with
    /// <paramref name="among"/>, only lanes of those ids.
    /// </summary>
    public static async Task<List<Lane>> IsolatedClearLanesAsync(HttpClient client, int count, IReadOnlySet<string>? among = null)
    {
        var lanes = new List<Lane>();
        var first = among is null ? 200 : 500;
        var edges = (await GraphQLClient.QueryAsync(client, ClearLanesQuery, new { first })).GetProperty("fireLanes").GetProperty("edges");
        foreach (var node in edges.EnumerateArray().Select(e => e.GetProperty("node")))
        {
            if (among is not null && !among.Contains(node.GetProperty("id").GetString()!))
            {
                continue;
            }

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

    /// <summary>Ids of the lanes of the compounds in these grids (grid codes).</summary>
    public static async Task<HashSet<string>> LaneIdsInGridsAsync(FireMapServerFixture server, IReadOnlyList<string> gridCodes)
    {
        await using var command = server.DataSource.CreateCommand("""
            SELECT fl.id::text
            FROM fire_lanes fl JOIN compounds c ON c.id = fl.compound_id JOIN grids g ON g.id = c.grid_id
            WHERE g.code = ANY($1)
            """);
        command.Parameters.Add(new() { Value = gridCodes.ToArray() });
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
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
