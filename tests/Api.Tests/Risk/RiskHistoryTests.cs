using FireMap.TestHost;

namespace FireMap.Api.Tests.Risk;

[Collection(FireMapServerCollection.Name)]
public sealed class RiskHistoryTests(FireMapServerFixture server)
{
    private const string Recompute = """
        mutation($asOf: DateOnly) { recomputeRisk(asOf: $asOf) { id modelVersion asOf compoundCount buildingCount durationMs trigger actor compoundLevels { level count } } }
        """;

    private readonly RiskApi _api = new(server);

    [Fact]
    public async Task RiskHistory_after_recomputes_on_two_dates_lists_each_run_in_date_order()
    {
        var (early, late) = (RiskApi.Today.AddDays(-61), RiskApi.Today.AddDays(-31));
        var compoundId = await _api.ScalarAsync<long>("SELECT min(id) FROM compounds");

        var first = (await _api.DataAsync(Recompute, new { asOf = RiskApi.Day(early) })).GetProperty("recomputeRisk");
        var second = (await _api.DataAsync(Recompute, new { asOf = RiskApi.Day(late) })).GetProperty("recomputeRisk");
        var history = (await _api.DataAsync("query($id: ID!) { riskHistory(compoundId: $id) { asOf modelVersion score level runId } }",
            new { id = RiskApi.Id(compoundId) })).GetProperty("riskHistory").EnumerateArray().ToList();

        var dates = history.Select(h => h.GetProperty("asOf").GetString()!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Contains(RiskApi.Day(early), dates);
        Assert.Contains(RiskApi.Day(late), dates);
        Assert.Contains(RiskApi.Day(RiskApi.Today), dates);
        Assert.Equal(first.GetProperty("id").GetString(), history.Single(h => h.GetProperty("asOf").GetString() == RiskApi.Day(early)).GetProperty("runId").GetString());
        Assert.Equal(second.GetProperty("id").GetString(), history.Single(h => h.GetProperty("asOf").GetString() == RiskApi.Day(late)).GetProperty("runId").GetString());
        Assert.All(history, h => Assert.InRange(h.GetProperty("score").GetDouble(), 0, 100));
    }

    [Fact]
    public async Task RecomputeRisk_reports_counts_and_is_audited_with_the_actor()
    {
        var asOf = RiskApi.Today.AddDays(-7);
        var audits = await _api.ScalarAsync<int>("SELECT count(*) FROM audit_log WHERE entity = 'risk_run' AND actor = 'admin'");

        var run = (await _api.DataAsync(Recompute, new { asOf = RiskApi.Day(asOf) })).GetProperty("recomputeRisk");

        Assert.Equal(RiskApi.Day(asOf), run.GetProperty("asOf").GetString());
        Assert.Equal("v2", run.GetProperty("modelVersion").GetString());
        Assert.Equal("request", run.GetProperty("trigger").GetString());
        Assert.Equal("admin", run.GetProperty("actor").GetString());
        Assert.Equal(await _api.ScalarAsync<int>("SELECT count(*) FROM compounds"), run.GetProperty("compoundCount").GetInt32());
        Assert.Equal(await _api.ScalarAsync<int>("SELECT count(*) FROM buildings"), run.GetProperty("buildingCount").GetInt32());
        Assert.Equal(run.GetProperty("compoundCount").GetInt32(), run.GetProperty("compoundLevels").EnumerateArray().Sum(l => l.GetProperty("count").GetInt32()));
        Assert.Equal(audits + 1, await _api.ScalarAsync<int>("SELECT count(*) FROM audit_log WHERE entity = 'risk_run' AND actor = 'admin'"));
        Assert.Contains("\"compound_count\"", await _api.ScalarAsync<string>(
            "SELECT after::text FROM audit_log WHERE entity = 'risk_run' AND entity_id = @id ORDER BY id DESC LIMIT 1",
            ("id", long.Parse(run.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecomputeRisk_of_the_same_date_keeps_the_run_and_replaces_its_rows()
    {
        var asOf = RiskApi.Day(RiskApi.Today.AddDays(-3));
        var first = (await _api.DataAsync(Recompute, new { asOf })).GetProperty("recomputeRisk").GetProperty("id").GetString()!;
        var rows = await _api.ScalarAsync<int>("SELECT count(*) FROM compound_risk_scores WHERE run_id = @id", ("id", long.Parse(first, System.Globalization.CultureInfo.InvariantCulture)));

        var second = (await _api.DataAsync(Recompute, new { asOf })).GetProperty("recomputeRisk").GetProperty("id").GetString()!;

        Assert.Equal(first, second);
        Assert.Equal(rows, await _api.ScalarAsync<int>("SELECT count(*) FROM compound_risk_scores WHERE run_id = @id", ("id", long.Parse(second, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(1, await _api.ScalarAsync<int>("SELECT count(*) FROM risk_runs WHERE as_of = @d::date", ("d", asOf)));
    }

    [Fact]
    public async Task CompoundRanking_with_asOf_of_a_past_run_reads_that_run_and_latest_stays_today()
    {
        var asOf = RiskApi.Day(RiskApi.Today.AddDays(-14));
        await _api.DataAsync(Recompute, new { asOf });

        var past = (await _api.DataAsync("query($d: DateOnly) { compoundRanking(first: 2, asOf: $d) { edges { node { asOf } } } }", new { d = asOf }))
            .GetProperty("compoundRanking").GetProperty("edges");
        var latest = (await _api.DataAsync("{ compoundRanking(first: 2) { edges { node { asOf } } } }")).GetProperty("compoundRanking").GetProperty("edges");

        Assert.All(past.EnumerateArray(), e => Assert.Equal(asOf, e.GetProperty("node").GetProperty("asOf").GetString()));
        Assert.All(latest.EnumerateArray(), e => Assert.Equal(RiskApi.Day(RiskApi.Today), e.GetProperty("node").GetProperty("asOf").GetString()));
    }
}
