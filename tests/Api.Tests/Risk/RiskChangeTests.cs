using FireMap.TestHost;

namespace FireMap.Api.Tests.Risk;

[Collection(FireMapServerCollection.Name)]
public sealed class RiskChangeTests(FireMapServerFixture server)
{
    private const string Report = "mutation($lane: ID!) { reportBlockage(input: { laneId: $lane, cause: PARKED_CAR, remainingWidthMeters: 1.0 }) { id compoundId } }";
    private const string Clear = "mutation($id: ID!) { clearBlockage(id: $id) { active } }";

    private readonly RiskApi _api = new(server);

    [Fact]
    public async Task ReportBlockage_raises_the_compound_score_and_clearing_it_restores_the_score()
    {
        // A compound whose fire-lane factor is below its cap, on a lane with nothing active on it.
        var lane = await _api.ScalarAsync<long>("""
            SELECT l.id FROM fire_lanes l
            JOIN fire_lane_states s ON s.lane_id = l.id
            WHERE s.active_blockages = 0 AND l.clear_width_m >= 4
              AND NOT EXISTS (SELECT 1 FROM fire_lanes o JOIN blockages k ON k.lane_id = o.id WHERE o.compound_id = l.compound_id AND k.cleared_at IS NULL)
            ORDER BY l.id LIMIT 1
            """);
        var compound = await _api.ScalarAsync<long>("SELECT compound_id FROM fire_lanes WHERE id = @id", ("id", lane));
        var before = await _api.CompoundScoreAsync(compound);

        var reported = (await _api.DataAsync(Report, new { lane = RiskApi.Id(lane) })).GetProperty("reportBlockage");
        var during = await _api.CompoundScoreAsync(compound);
        await _api.DataAsync(Clear, new { id = reported.GetProperty("id").GetString() });
        var after = await _api.CompoundScoreAsync(compound);

        Assert.Equal(RiskApi.Id(compound), reported.GetProperty("compoundId").GetString());
        Assert.True(during > before, $"score {before} did not rise with a blockage leaving 1 m: {during}");
        Assert.True(after < during, $"score {during} did not fall when the blockage was cleared: {after}");
        Assert.Equal(before, after, 1e-9);
    }

    [Fact]
    public async Task ReportBlockage_on_a_blocked_compound_never_lowers_its_score()
    {
        var lane = await _api.ScalarAsync<long>("""
            SELECT k.lane_id FROM blockages k WHERE k.cleared_at IS NULL ORDER BY k.remaining_width_m, k.id LIMIT 1
            """);
        var compound = await _api.ScalarAsync<long>("SELECT compound_id FROM fire_lanes WHERE id = @id", ("id", lane));
        var before = await _api.CompoundScoreAsync(compound);

        var reported = (await _api.DataAsync(Report, new { lane = RiskApi.Id(lane) })).GetProperty("reportBlockage");
        var during = await _api.CompoundScoreAsync(compound);
        await _api.DataAsync(Clear, new { id = reported.GetProperty("id").GetString() });

        Assert.True(during >= before);
        Assert.Equal(before, await _api.CompoundScoreAsync(compound), 1e-9);
    }

    [Fact]
    public async Task ReportBlockage_leaves_the_other_compounds_scores_as_they_were()
    {
        var lane = await _api.ScalarAsync<long>("SELECT id FROM fire_lanes ORDER BY id DESC LIMIT 1");
        var compound = await _api.ScalarAsync<long>("SELECT compound_id FROM fire_lanes WHERE id = @id", ("id", lane));
        const string Others = """
            SELECT md5(string_agg(s.compound_id || ':' || s.score || ':' || s.computed_at, ',' ORDER BY s.compound_id))
            FROM compound_risk_scores s JOIN risk_runs r ON r.id = s.run_id
            WHERE r.as_of = (SELECT max(as_of) FROM risk_runs) AND s.compound_id <> @id
            """;
        var before = await _api.ScalarAsync<string>(Others, ("id", compound));

        var reported = (await _api.DataAsync(Report, new { lane = RiskApi.Id(lane) })).GetProperty("reportBlockage");
        var during = await _api.ScalarAsync<string>(Others, ("id", compound));
        await _api.DataAsync(Clear, new { id = reported.GetProperty("id").GetString() });

        Assert.Equal(before, during);
    }
}
