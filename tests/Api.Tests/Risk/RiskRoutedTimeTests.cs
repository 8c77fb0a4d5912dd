using System.Globalization;
using System.Text.Json;
using FireMap.TestHost;
using static FireMap.Api.Tests.GraphQL.GraphQLRequests;

namespace FireMap.Api.Tests.Risk;

/// <summary>
/// Model v2's station factors read routed time over the road network: a blockage that closes a lane to engines
/// raises a building's routed time and its fire-station factor in the next run, the explanation names the
/// station and the minutes, and a past date's run replays bit for bit because it reads the routes its run kept.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class RiskRoutedTimeTests(FireMapServerFixture server)
{
    private const string Recompute = "mutation($asOf: DateOnly) { recomputeRisk(asOf: $asOf) { id modelVersion } }";

    private const string BuildingRisk = """
        query($id: ID!) { building(id: $id) { risk { modelVersion contributions { factor points explanation englishExplanation } } } }
        """;

    private readonly RiskApi _api = new(server);

    [Fact]
    public async Task A_blocked_lane_raises_the_routed_time_and_the_factor_in_the_next_run_and_a_past_run_replays_unchanged()
    {
        var past = RiskApi.Day(RiskApi.Today.AddDays(-9));
        var today = (await _api.DataAsync(Recompute, new { asOf = (string?)null })).GetProperty("recomputeRisk");
        Assert.Equal("v2", today.GetProperty("modelVersion").GetString());
        var (buildingId, laneId) = await BuildingOnOpenLaneBeyondFiveMinutesAsync(RunId(today));
        var pastRun = RunId((await _api.DataAsync(Recompute, new { asOf = past })).GetProperty("recomputeRisk"));
        var pastScores = await ScoresAsync(pastRun);

        var before = await FireFactorAsync(buildingId);
        var beforeSeconds = await SecondsAsync(RunId(today), buildingId);
        Assert.StartsWith("距", before.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Matches(@"^\d+\.\d min by road from .+$", before.GetProperty("englishExplanation").GetString());

        using var client = server.CreateClient();
        var report = await PostAsync(client, """
            mutation($lane: ID!) { reportBlockage(input: {laneId: $lane, cause: PARKED_CAR, remainingWidthMeters: 1.0, note: "routed risk test"}) { id } }
            """, new { lane = RiskApi.Id(laneId) });
        var blockageId = report.GetProperty("data").GetProperty("reportBlockage").GetProperty("id").GetString();
        try
        {
            var next = RunId((await _api.DataAsync(Recompute, new { asOf = (string?)null })).GetProperty("recomputeRisk"));
            var blockedSeconds = await SecondsAsync(next, buildingId);
            var after = await FireFactorAsync(buildingId);

            Assert.True(blockedSeconds is null || blockedSeconds > beforeSeconds + 1, $"routed {blockedSeconds} s blocked, {beforeSeconds} s open");
            Assert.True(after.GetProperty("points").GetDouble() > before.GetProperty("points").GetDouble(),
                $"fire-station points {after.GetProperty("points").GetDouble()} blocked, {before.GetProperty("points").GetDouble()} open");
            Assert.NotEqual(before.GetProperty("englishExplanation").GetString(), after.GetProperty("englishExplanation").GetString());

            // The past date reads the routes its run kept, not today's blocked network: every score replays exactly.
            Assert.Equal(pastRun, RunId((await _api.DataAsync(Recompute, new { asOf = past })).GetProperty("recomputeRisk")));
            Assert.Equal(pastScores, await ScoresAsync(pastRun));
        }
        finally
        {
            await PostAsync(client, "mutation($id: ID!) { clearBlockage(id: $id, note: \"done\") { id } }", new { id = blockageId });
        }

        var cleared = RunId((await _api.DataAsync(Recompute, new { asOf = (string?)null })).GetProperty("recomputeRisk"));
        Assert.Equal(beforeSeconds!.Value, (await SecondsAsync(cleared, buildingId))!.Value, 6);
    }

    private static long RunId(JsonElement run) => long.Parse(run.GetProperty("id").GetString()!, CultureInfo.InvariantCulture);

    private async Task<JsonElement> FireFactorAsync(long buildingId)
    {
        var risk = (await _api.DataAsync(BuildingRisk, new { id = RiskApi.Id(buildingId) })).GetProperty("building").GetProperty("risk");
        Assert.Equal("v2", risk.GetProperty("modelVersion").GetString());
        return risk.GetProperty("contributions").EnumerateArray().Single(c => c.GetProperty("factor").GetString() == "fire_station_distance");
    }

    private async Task<double?> SecondsAsync(long runId, long buildingId)
    {
        await using var command = server.DataSource.CreateCommand(
            "SELECT fire_station_seconds FROM risk_run_station_routes WHERE run_id = @run AND building_id = @b");
        command.Parameters.AddWithValue("run", runId);
        command.Parameters.AddWithValue("b", buildingId);
        return await command.ExecuteScalarAsync() is double seconds ? seconds : null;
    }

    private async Task<string> ScoresAsync(long runId) => await _api.ScalarAsync<string>("""
        SELECT string_agg(building_id || ':' || score::text || ':' || contributions::text, ';' ORDER BY building_id)
        FROM building_risk_scores WHERE run_id = @run
        """, ("run", runId));

    // A building that meets the network on an open fire lane, whose fastest engine already needs more than the
    // 4 minutes (5 less 1 of turnout), so that any extra time shows in its points.
    private async Task<(long Building, long Lane)> BuildingOnOpenLaneBeyondFiveMinutesAsync(long runId)
    {
        await using var command = server.DataSource.CreateCommand("""
            SELECT a.building_id, e.lane_id
            FROM network_building_access a JOIN network_edges e ON e.id = a.edge_id
            JOIN fire_lane_states s ON s.lane_id = e.lane_id AND s.status <> 'blocked'
            JOIN risk_run_station_routes t ON t.run_id = @run AND t.building_id = a.building_id
            WHERE a.fraction > 0.5 AND t.fire_station_seconds BETWEEN 250 AND 400
            ORDER BY a.building_id LIMIT 1
            """);
        command.Parameters.AddWithValue("run", runId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "no building on an open lane between 4 and 6.7 minutes from a fire station");
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
