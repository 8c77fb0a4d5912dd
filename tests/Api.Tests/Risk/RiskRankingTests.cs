using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Risk;

[Collection(FireMapServerCollection.Name)]
public sealed class RiskRankingTests(FireMapServerFixture server)
{
    private readonly RiskApi _api = new(server);

    [Fact]
    public async Task CompoundRanking_paged_through_cursors_equals_one_page_in_score_order()
    {
        var whole = (await _api.DataAsync("{ compoundRanking(first: 500) { totalCount edges { node { rank score compoundId } } } }")).GetProperty("compoundRanking");
        var nodes = whole.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        var paged = await _api.AllPagesAsync("compoundRanking", "", "rank score compoundId", 7);

        Assert.Equal(await _api.ScalarAsync<int>("SELECT count(*) FROM compounds"), whole.GetProperty("totalCount").GetInt32());
        Assert.Equal(nodes.Count, whole.GetProperty("totalCount").GetInt32());
        Assert.Equal(nodes.Select(Key), paged.Select(Key));
        Assert.Equal(Enumerable.Range(1, nodes.Count), nodes.Select(n => n.GetProperty("rank").GetInt32()));
        for (var i = 1; i < nodes.Count; i++)
        {
            var (previous, current) = (nodes[i - 1], nodes[i]);
            Assert.True(previous.GetProperty("score").GetDouble() > current.GetProperty("score").GetDouble()
                || (previous.GetProperty("score").GetDouble() == current.GetProperty("score").GetDouble() && Id(previous) < Id(current)));
        }
    }

    [Fact]
    public async Task CompoundRanking_contributions_add_up_to_the_score_with_every_factor_once()
    {
        var nodes = await _api.AllPagesAsync("compoundRanking", "", RiskApi.RankFields, 100);

        Assert.NotEmpty(nodes);
        Assert.All(nodes, AddsUp);
        Assert.Contains(nodes, n => n.GetProperty("level").GetString() == "MAJOR" && n.GetProperty("color").GetString() == "red"
            && n.GetProperty("levelName").GetString() == "重大风险");
    }

    [Fact]
    public async Task BuildingRanking_contributions_add_up_and_sides_are_between_zero_and_one()
    {
        var nodes = await _api.AllPagesAsync("buildingRanking", "", RiskApi.RankFields, 100);

        Assert.Equal(await _api.ScalarAsync<int>("SELECT count(*) FROM buildings"), nodes.Count);
        Assert.All(nodes, AddsUp);
        Assert.All(nodes, n => Assert.InRange(n.GetProperty("likelihood").GetDouble(), 0, 1));
        Assert.All(nodes, n => Assert.InRange(n.GetProperty("consequence").GetDouble(), 0, 1));
    }

    [Fact]
    public async Task CompoundRanking_level_filter_keeps_the_ranks_of_the_full_list()
    {
        var all = await _api.AllPagesAsync("compoundRanking", "", "rank level compoundId", 500);
        var general = await _api.AllPagesAsync("compoundRanking", ", level: GENERAL", "rank level compoundId", 5);

        Assert.NotEmpty(general);
        Assert.Equal(all.Where(n => n.GetProperty("level").GetString() == "GENERAL").Select(Key), general.Select(Key));
    }

    [Fact]
    public async Task CompoundRanking_for_a_community_ranks_only_its_compounds_from_one()
    {
        var code = await _api.ScalarAsync<string>(
            "SELECT c.code FROM communities c JOIN compounds x ON x.community_id = c.id GROUP BY c.code ORDER BY count(*) DESC, c.code LIMIT 1");
        var expected = await _api.IdsAsync("SELECT x.id FROM compounds x JOIN communities c ON c.id = x.community_id WHERE c.code = @code ORDER BY x.id", ("code", code));

        var nodes = await _api.AllPagesAsync("compoundRanking", $", communityCode: \"{code}\"", "rank compoundId compound { communityCode }", 10);

        Assert.Equal(expected, nodes.Select(Id).Order());
        Assert.Equal(Enumerable.Range(1, nodes.Count), nodes.Select(n => n.GetProperty("rank").GetInt32()));
        Assert.All(nodes, n => Assert.Equal(code, n.GetProperty("compound").GetProperty("communityCode").GetString()));
    }

    [Fact]
    public async Task BuildingRanking_of_a_compound_ranks_its_buildings_and_matches_their_risk_fields()
    {
        var compoundId = await _api.ScalarAsync<long>("SELECT compound_id FROM buildings WHERE compound_id IS NOT NULL GROUP BY compound_id ORDER BY count(*) DESC, compound_id LIMIT 1");
        var expected = await _api.IdsAsync("SELECT id FROM buildings WHERE compound_id = @id ORDER BY id", ("id", compoundId));

        var nodes = await _api.AllPagesAsync("buildingRanking", $", compoundId: \"{compoundId}\"", "rank score compoundId building { id compoundId risk { score level } }", 4);

        Assert.Equal(expected, nodes.Select(n => long.Parse(n.GetProperty("building").GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.Equal(Enumerable.Range(1, nodes.Count), nodes.Select(n => n.GetProperty("rank").GetInt32()));
        Assert.All(nodes, n => Assert.Equal(n.GetProperty("score").GetDouble(), n.GetProperty("building").GetProperty("risk").GetProperty("score").GetDouble()));
    }

    [Fact]
    public async Task CompoundRanking_node_is_the_compound_query_result_with_the_same_risk()
    {
        const string Fields = "id code name aliases address communityCode communityName gridCode builtYear hasPropertyManagement propertyManagementUnit "
            + "maintenanceUnit isOld buildingCount occupants fireLaneStatus fireLaneCount activeBlockageCount blockedLengthMeters narrowestLaneWidthMeters geometry";
        var top = (await _api.DataAsync($"{{ compoundRanking(first: 3) {{ edges {{ node {{ score compound {{ {Fields} risk {{ score }} }} }} }} }} }}"))
            .GetProperty("compoundRanking").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();

        foreach (var node in top)
        {
            var compound = node.GetProperty("compound");
            var direct = (await _api.DataAsync($"query($id: ID!) {{ compound(id: $id) {{ {Fields} risk {{ score }} }} }}",
                new { id = compound.GetProperty("id").GetString() })).GetProperty("compound");
            Assert.Equal(direct.ToString(), compound.ToString());
            Assert.Equal(node.GetProperty("score").GetDouble(), compound.GetProperty("risk").GetProperty("score").GetDouble());
        }
    }

    private static void AddsUp(JsonElement node)
    {
        var contributions = node.GetProperty("contributions").EnumerateArray().ToList();
        Assert.Equal(24, contributions.Count);
        Assert.Equal(24, contributions.Select(c => c.GetProperty("factor").GetString()).Distinct().Count());
        Assert.All(contributions, c => Assert.True(c.GetProperty("score").GetDouble() >= 0));
        var score = node.GetProperty("score").GetDouble();
        Assert.InRange(score, 0, 100);
        Assert.Equal(score, contributions.Sum(c => c.GetProperty("score").GetDouble()), 1e-9);
    }

    private static long Id(JsonElement node) =>
        long.Parse(node.GetProperty("compoundId").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    private static string Key(JsonElement node) => $"{node.GetProperty("rank").GetInt32()}:{Id(node)}";
}
