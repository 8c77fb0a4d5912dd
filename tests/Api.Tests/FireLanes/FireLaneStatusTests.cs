using System.Text.Json;
using FireMap.Spatial.Access;
using FireMap.TestHost;
using static FireMap.Api.Tests.GraphQL.GraphQLRequests;

namespace FireMap.Api.Tests.FireLanes;

[Collection(FireMapServerCollection.Name)]
public sealed class FireLaneStatusTests(FireMapServerFixture server)
{
    [Fact]
    public async Task Database_view_classifies_every_lane_as_the_spatial_rules_do()
    {
        await using var command = server.DataSource.CreateCommand("""
            SELECT l.id, l.clear_width_m::float8, l.clear_height_m::float8, s.status,
                   COALESCE(array_agg(k.remaining_width_m::float8) FILTER (WHERE k.id IS NOT NULL), '{}')
            FROM fire_lanes l JOIN fire_lane_states s ON s.lane_id = l.id
            LEFT JOIN blockages k ON k.lane_id = l.id AND k.cleared_at IS NULL
            GROUP BY l.id, s.status
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var seen = new HashSet<string>();
        while (await reader.ReadAsync())
        {
            var expected = FireLaneRules.Classify(reader.GetDouble(1), reader.GetDouble(2), reader.GetFieldValue<double[]>(4));
            Assert.Equal(FireLaneRules.Code(expected), reader.GetString(3));
            seen.Add(reader.GetString(3));
        }

        Assert.Superset(new HashSet<string> { "blocked", "non_compliant", "clear" }, seen);
    }

    [Fact]
    public async Task FireLanes_status_filter_returns_only_that_status_with_totals()
    {
        using var client = server.CreateClient();
        var body = await PostAsync(client, "{ fireLanes(status: [NON_COMPLIANT], first: 500) { totalCount edges { node { status clearWidthMeters clearHeightMeters } } } }");
        var connection = body.GetProperty("data").GetProperty("fireLanes");
        var nodes = connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();

        Assert.NotEmpty(nodes);
        Assert.Equal(nodes.Count, connection.GetProperty("totalCount").GetInt32());
        Assert.All(nodes, n =>
        {
            Assert.Equal("NON_COMPLIANT", n.GetProperty("status").GetString());
            Assert.False(FireLaneRules.IsCompliant(n.GetProperty("clearWidthMeters").GetDouble(), n.GetProperty("clearHeightMeters").GetDouble()));
        });
    }

    [Fact]
    public async Task WorstFireLaneCompounds_puts_blocked_first_and_lists_their_active_blockages()
    {
        using var client = server.CreateClient();
        var body = await PostAsync(client, """
            { worstFireLaneCompounds(first: 30) { id name fireLaneStatus activeBlockageCount blockedLengthMeters activeBlockages { id active laneId } } }
            """);
        var compounds = body.GetProperty("data").GetProperty("worstFireLaneCompounds").EnumerateArray().ToList();
        var ranks = compounds.Select(c => Rank(c.GetProperty("fireLaneStatus").GetString()!)).ToList();

        Assert.Equal("BLOCKED", compounds[0].GetProperty("fireLaneStatus").GetString());
        Assert.Equal(ranks.Order(), ranks);
        Assert.All(compounds, c =>
        {
            var blockages = c.GetProperty("activeBlockages").EnumerateArray().ToList();
            Assert.Equal(c.GetProperty("activeBlockageCount").GetInt32(), blockages.Count);
            Assert.All(blockages, b => Assert.True(b.GetProperty("active").GetBoolean()));
        });
        var blocked = compounds.Where(c => c.GetProperty("fireLaneStatus").GetString() == "BLOCKED").Select(c => c.GetProperty("blockedLengthMeters").GetDouble()).ToList();
        Assert.Equal(blocked.OrderDescending(), blocked);
    }

    [Fact]
    public async Task Blockages_active_since_filters_by_state_and_report_time()
    {
        using var client = server.CreateClient();
        var since = new DateTimeOffset(2026, 10, 15, 0, 0, 0, TimeSpan.FromHours(8));
        var body = await PostAsync(client, "query($since: DateTimeOffset) { blockages(active: true, since: $since, first: 500) { totalCount edges { node { active reportedAt } } } }",
            new { since });
        var nodes = body.GetProperty("data").GetProperty("blockages").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();

        Assert.NotEmpty(nodes);
        Assert.All(nodes, n =>
        {
            Assert.True(n.GetProperty("active").GetBoolean());
            Assert.True(n.GetProperty("reportedAt").GetDateTimeOffset() >= since);
        });
    }

    [Fact]
    public async Task Layers_fire_lanes_and_blockages_carry_status_and_filter_by_date()
    {
        using var client = server.CreateClient();
        var lanes = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/layers/fire-lanes.geojson", UriKind.Relative))).RootElement;
        var statuses = lanes.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("status").GetString()).ToHashSet();
        var all = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/layers/blockages.geojson", UriKind.Relative))).RootElement.GetProperty("features").GetArrayLength();
        var recentActive = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/layers/blockages.geojson?active=true&since=2026-10-15T00:00:00%2B08:00", UriKind.Relative)))
            .RootElement.GetProperty("features").EnumerateArray().ToList();

        Assert.Contains("blocked", statuses);
        Assert.InRange(recentActive.Count, 1, all - 1);
        Assert.All(recentActive, f => Assert.True(f.GetProperty("properties").GetProperty("active").GetBoolean()));
    }

    private static int Rank(string status) => status switch { "BLOCKED" => 0, "NON_COMPLIANT" => 1, "NARROWED" => 2, _ => 3 };
}
