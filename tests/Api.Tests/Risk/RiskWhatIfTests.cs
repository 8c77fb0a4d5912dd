using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Risk;

[Collection(FireMapServerCollection.Name)]
public sealed class RiskWhatIfTests(FireMapServerFixture server)
{
    private const string WhatIf = """
        query($id: ID!, $hazards: [ID!], $blockages: [ID!]) {
          riskWhatIf(compoundId: $id, closeHazards: $hazards, clearBlockages: $blockages) {
            compoundId scoreChange closedHazards clearedBlockages
            before { score level asOf contributions { factor score } }
            after { score level asOf contributions { factor score } }
          }
        }
        """;

    // Open hazards that count for a compound: on it, its lanes, its buildings, and places in it.
    private const string OpenHazards = """
        SELECT h.id FROM hazards h
        LEFT JOIN places p ON h.subject_type = 'place' AND p.id = h.subject_id
        LEFT JOIN fire_lanes l ON h.subject_type = 'fire_lane' AND l.id = h.subject_id
        LEFT JOIN buildings b ON (h.subject_type = 'building' AND b.id = h.subject_id) OR (h.subject_type = 'place' AND b.id = p.building_id)
        WHERE h.closed_at IS NULL AND h.found_on <= current_date
          AND @id IN (b.compound_id, l.compound_id,
                      CASE WHEN h.subject_type = 'compound' THEN h.subject_id END,
                      CASE WHEN h.subject_type = 'place' AND p.building_id IS NULL THEN p.compound_id END)
        ORDER BY h.id
        """;

    private readonly RiskApi _api = new(server);

    [Fact]
    public async Task RiskWhatIf_closing_every_open_hazard_never_raises_a_score_and_writes_nothing()
    {
        var compounds = await _api.IdsAsync("SELECT id FROM compounds ORDER BY id");
        var state = await _api.StoredStateAsync();
        var lowered = 0;

        foreach (var id in compounds)
        {
            var hazards = (await _api.IdsAsync(OpenHazards, ("id", id))).Select(RiskApi.Id).ToArray();
            var result = await RunAsync(id, hazards, []);

            Assert.True(After(result) <= Before(result) + 1e-9, $"compound {id}: {Before(result)} → {After(result)}");
            Assert.Equal(hazards.Length, result.GetProperty("closedHazards").GetArrayLength());
            AssertAddsUp(result.GetProperty("after"));
            lowered += After(result) < Before(result) ? 1 : 0;
        }

        Assert.True(lowered > 0, "closing open hazards lowered no compound's score");
        Assert.Equal(state, await _api.StoredStateAsync());
    }

    [Fact]
    public async Task RiskWhatIf_before_is_the_stored_score_and_clearing_blockages_lowers_it()
    {
        var id = await _api.ScalarAsync<long>("""
            SELECT l.compound_id FROM blockages k JOIN fire_lanes l ON l.id = k.lane_id
            WHERE k.cleared_at IS NULL GROUP BY l.compound_id ORDER BY count(*) DESC, l.compound_id LIMIT 1
            """);
        var blockages = (await _api.IdsAsync(
            "SELECT k.id FROM blockages k JOIN fire_lanes l ON l.id = k.lane_id WHERE k.cleared_at IS NULL AND l.compound_id = @id", ("id", id)))
            .Select(RiskApi.Id).ToArray();

        var result = await RunAsync(id, [], blockages);

        Assert.Equal(await _api.CompoundScoreAsync(id), Before(result), 1e-9);
        Assert.True(After(result) < Before(result));
        Assert.Equal(After(result) - Before(result), result.GetProperty("scoreChange").GetDouble(), 1e-9);
    }

    [Fact]
    public async Task RiskWhatIf_with_a_hazard_of_another_compound_is_refused_naming_the_argument()
    {
        var (mine, other) = (await _api.ScalarAsync<long>("SELECT min(id) FROM compounds"), await _api.ScalarAsync<long>("SELECT max(id) FROM compounds"));
        var foreign = (await _api.IdsAsync(OpenHazards, ("id", other))).Except(await _api.IdsAsync(OpenHazards, ("id", mine))).First();

        var body = await _api.QueryAsync(WhatIf, new { id = RiskApi.Id(mine), hazards = new[] { RiskApi.Id(foreign) } });

        var extensions = body.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal("BAD_USER_INPUT", extensions.GetProperty("code").GetString());
        Assert.Equal("closeHazards", extensions.GetProperty("argument").GetString());
    }

    private async Task<JsonElement> RunAsync(long id, string[] hazards, string[] blockages) =>
        (await _api.DataAsync(WhatIf, new { id = RiskApi.Id(id), hazards, blockages })).GetProperty("riskWhatIf");

    private static double Before(JsonElement result) => result.GetProperty("before").GetProperty("score").GetDouble();

    private static double After(JsonElement result) => result.GetProperty("after").GetProperty("score").GetDouble();

    private static void AssertAddsUp(JsonElement score) =>
        Assert.Equal(score.GetProperty("score").GetDouble(), score.GetProperty("contributions").EnumerateArray().Sum(c => c.GetProperty("score").GetDouble()), 1e-9);
}
