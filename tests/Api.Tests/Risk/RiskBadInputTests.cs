using FireMap.TestHost;
using static FireMap.Api.Tests.GraphQL.GraphQLRequests;

namespace FireMap.Api.Tests.Risk;

[Collection(FireMapServerCollection.Name)]
public sealed class RiskBadInputTests(FireMapServerFixture server)
{
    private readonly RiskApi _api = new(server);

    [Theory]
    [InlineData("{ compoundRanking(first: 0) { totalCount } }", "BAD_USER_INPUT", "first")]
    [InlineData("{ compoundRanking(first: 501) { totalCount } }", "BAD_USER_INPUT", "first")]
    [InlineData("{ buildingRanking(first: -1) { totalCount } }", "BAD_USER_INPUT", "first")]
    [InlineData("{ compoundRanking(level: EXTREME) { totalCount } }", "BAD_USER_INPUT", "level")]
    [InlineData("{ compoundRanking(level: \"major\") { totalCount } }", "BAD_USER_INPUT", "level")]
    [InlineData("{ compoundRanking(asOf: \"2026-02-30\") { totalCount } }", "BAD_USER_INPUT", "asOf")]
    [InlineData("{ compoundRanking(asOf: \"2001-01-01\") { totalCount } }", "NOT_FOUND", "asOf")]
    [InlineData("{ buildingRanking(asOf: \"2001-01-01\") { totalCount } }", "NOT_FOUND", "asOf")]
    [InlineData("{ compoundRanking(communityCode: \"999999999999\") { totalCount } }", "BAD_USER_INPUT", "communityCode")]
    [InlineData("{ compoundRanking(after: \"bm90IGEgY3Vyc29y\") { totalCount } }", "BAD_USER_INPUT", "after")]
    [InlineData("{ buildingRanking(compoundId: \"x\") { totalCount } }", "BAD_USER_INPUT", "compoundId")]
    [InlineData("{ riskHistory(compoundId: \"0\") { score } }", "BAD_USER_INPUT", "compoundId")]
    [InlineData("{ riskWhatIf(compoundId: \"1\", closeHazards: [\"abc\"]) { scoreChange } }", "BAD_USER_INPUT", "closeHazards")]
    [InlineData("{ riskWhatIf(compoundId: \"1\", clearBlockages: [\"99999999\"]) { scoreChange } }", "BAD_USER_INPUT", "clearBlockages")]
    [InlineData("{ riskWhatIf(compoundId: \"1\", asOf: \"2999-01-01\") { scoreChange } }", "BAD_USER_INPUT", "asOf")]
    [InlineData("{ riskWhatIf(compoundId: \"99999999\") { scoreChange } }", "NOT_FOUND", "compoundId")]
    [InlineData("{ riskRuns(first: 0) { id } }", "BAD_USER_INPUT", "first")]
    [InlineData("mutation { recomputeRisk(asOf: \"2999-01-01\") { id } }", "BAD_USER_INPUT", "asOf")]
    [InlineData("mutation { recomputeRisk(asOf: \"1999-12-31\") { id } }", "BAD_USER_INPUT", "asOf")]
    public async Task Risk_field_with_bad_argument_is_refused_naming_it(string query, string code, string argument)
    {
        var body = await _api.QueryAsync(query);

        var extensions = body.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal(code, FirstErrorCode(body));
        Assert.Equal(argument, extensions.GetProperty("argument").GetString());
    }

    [Theory]
    [InlineData("{ riskHistory(compoundId: \"99999999\") { score } }")]
    [InlineData("{ buildingRanking(compoundId: \"99999999\") { totalCount } }")]
    public async Task Risk_field_for_unknown_compound_is_not_found(string query)
    {
        Assert.Equal("NOT_FOUND", FirstErrorCode(await _api.QueryAsync(query)));
    }

    [Fact]
    public async Task CompoundRanking_cursor_used_for_buildings_or_another_date_is_refused()
    {
        var cursor = (await _api.DataAsync("{ compoundRanking(first: 1) { pageInfo { endCursor } } }"))
            .GetProperty("compoundRanking").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var buildings = await _api.QueryAsync("query($c: String) { buildingRanking(after: $c) { totalCount } }", new { c = cursor });
        var otherDay = await _api.QueryAsync("query($c: String, $d: DateOnly) { compoundRanking(after: $c, asOf: $d) { totalCount } }",
            new { c = cursor, d = RiskApi.Day(RiskApi.Today.AddDays(-1)) });

        Assert.Equal("after", buildings.GetProperty("errors")[0].GetProperty("extensions").GetProperty("argument").GetString());
        Assert.Equal("after", otherDay.GetProperty("errors")[0].GetProperty("extensions").GetProperty("argument").GetString());
    }
}
