using System.Globalization;
using System.Text.Json;
using FireMap.TestHost;
using static FireMap.Api.Tests.GraphQL.GraphQLRequests;

namespace FireMap.Api.Tests.FireLanes;

[Collection(FireMapServerCollection.Name)]
public sealed class BlockageLifecycleTests(FireMapServerFixture server)
{
    private const string Report = """
        mutation($input: ReportBlockageInput!) {
          reportBlockage(input: $input) { id code laneId active cause remainingWidthMeters version geometry }
        }
        """;

    private const string Clear = "mutation($id: ID!, $note: String) { clearBlockage(id: $id, note: $note) { id active clearedAt note } }";

    [Fact]
    public async Task Report_then_clear_changes_lane_status_and_audits_both_with_actor()
    {
        var laneId = await ScalarAsync<long>("SELECT l.id FROM fire_lanes l JOIN fire_lane_states s ON s.lane_id = l.id WHERE s.status = 'clear' ORDER BY l.id LIMIT 1");
        using var client = server.CreateClient("subdistrict");

        var reported = (await PostAsync(client, Report, new { input = new { laneId = Id(laneId), cause = "PARKED_CAR", remainingWidthMeters = 2.5, note = "违停" } }))
            .GetProperty("data").GetProperty("reportBlockage");
        var blockageId = reported.GetProperty("id").GetString()!;

        Assert.True(reported.GetProperty("active").GetBoolean());
        Assert.Equal("blocked", await LaneStatusAsync(laneId));

        var cleared = (await PostAsync(client, Clear, new { id = blockageId, note = "已劝离" })).GetProperty("data").GetProperty("clearBlockage");

        Assert.False(cleared.GetProperty("active").GetBoolean());
        Assert.Equal("已劝离", cleared.GetProperty("note").GetString());
        Assert.Equal("clear", await LaneStatusAsync(laneId));
        var audit = await AuditAsync(long.Parse(blockageId, CultureInfo.InvariantCulture));
        Assert.Equal(["report", "clear"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal(server.Accounts["subdistrict"].UserName, a.Actor));
        Assert.Null(audit[0].Before);
        Assert.Contains("\"cleared_at\": null", audit[1].Before, StringComparison.Ordinal);
        Assert.DoesNotContain("\"cleared_at\": null", audit[1].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_with_wide_remaining_gap_narrows_lane_without_blocking_it()
    {
        var laneId = await ScalarAsync<long>("SELECT l.id FROM fire_lanes l JOIN fire_lane_states s ON s.lane_id = l.id WHERE s.status = 'clear' AND l.clear_width_m >= 6 ORDER BY l.id DESC LIMIT 1");
        using var client = server.CreateClient();

        var reported = (await PostAsync(client, Report, new { input = new { laneId = Id(laneId), cause = "STALL", remainingWidthMeters = 4.5 } }))
            .GetProperty("data").GetProperty("reportBlockage");

        Assert.Equal("narrowed", await LaneStatusAsync(laneId));
        await PostAsync(client, Clear, new { id = reported.GetProperty("id").GetString() });
    }

    [Fact]
    public async Task Two_concurrent_clears_of_one_blockage_one_succeeds_other_conflicts()
    {
        var laneId = await ScalarAsync<long>("SELECT id FROM fire_lanes ORDER BY id LIMIT 1 OFFSET 3");
        using var client = server.CreateClient();
        var blockageId = (await PostAsync(client, Report, new { input = new { laneId = Id(laneId), cause = "PILED_GOODS", remainingWidthMeters = 1.0 } }))
            .GetProperty("data").GetProperty("reportBlockage").GetProperty("id").GetString();

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => PostAsync(client, Clear, new { id = blockageId })));

        Assert.Single(results, r => r.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object && d.GetProperty("clearBlockage").ValueKind == JsonValueKind.Object);
        var conflict = Assert.Single(results, r => r.TryGetProperty("errors", out _));
        Assert.Equal("CONFLICT", FirstErrorCode(conflict));
        Assert.Equal(2, (await AuditAsync(long.Parse(blockageId!, CultureInfo.InvariantCulture))).Count);
    }

    [Fact]
    public async Task Clear_with_stale_expected_version_conflicts_and_leaves_blockage_active()
    {
        var laneId = await ScalarAsync<long>("SELECT id FROM fire_lanes ORDER BY id LIMIT 1 OFFSET 5");
        using var client = server.CreateClient();
        var reported = (await PostAsync(client, Report, new { input = new { laneId = Id(laneId), cause = "EBIKE", remainingWidthMeters = 3.0 } }))
            .GetProperty("data").GetProperty("reportBlockage");

        var body = await PostAsync(client, "mutation($id: ID!) { clearBlockage(id: $id, expectedVersion: 99) { id } }", new { id = reported.GetProperty("id").GetString() });

        Assert.Equal("CONFLICT", FirstErrorCode(body));
        Assert.Equal("expectedVersion", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("argument").GetString());
        Assert.True(await ScalarAsync<bool>($"SELECT cleared_at IS NULL FROM blockages WHERE id = {reported.GetProperty("id").GetString()}"));
        await PostAsync(client, Clear, new { id = reported.GetProperty("id").GetString() });
    }

    [Theory]
    [InlineData("""{"cause":"OTHER","remainingWidthMeters":1}""", "BAD_USER_INPUT", "input")]
    [InlineData("""{"laneId":"1","point":{"lon":106.48,"lat":29.48},"cause":"OTHER","remainingWidthMeters":1}""", "BAD_USER_INPUT", "input")]
    [InlineData("""{"laneId":"1","cause":"OTHER","remainingWidthMeters":-1}""", "BAD_USER_INPUT", "remainingWidthMeters")]
    [InlineData("""{"laneId":"1","cause":"OTHER","remainingWidthMeters":60}""", "BAD_USER_INPUT", "remainingWidthMeters")]
    [InlineData("""{"laneId":"99999999","cause":"OTHER","remainingWidthMeters":1}""", "NOT_FOUND", "laneId")]
    [InlineData("""{"laneId":"x","cause":"OTHER","remainingWidthMeters":1}""", "BAD_USER_INPUT", "laneId")]
    [InlineData("""{"point":{"lon":106.48,"lat":95},"cause":"OTHER","remainingWidthMeters":1}""", "BAD_USER_INPUT", "point")]
    public async Task Report_with_bad_input_is_refused_and_writes_nothing(string input, string code, string argument)
    {
        var before = await ScalarAsync<long>("SELECT count(*) FROM blockages");
        using var client = server.CreateClient();

        var body = await PostAsync(client, Report, new { input = JsonDocument.Parse(input).RootElement });

        Assert.Equal(code, FirstErrorCode(body));
        Assert.Equal(argument, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("argument").GetString());
        Assert.Equal(before, await ScalarAsync<long>("SELECT count(*) FROM blockages"));
    }

    [Fact]
    public async Task Clear_of_unknown_blockage_is_not_found()
    {
        using var client = server.CreateClient();
        Assert.Equal("NOT_FOUND", FirstErrorCode(await PostAsync(client, Clear, new { id = "99999999" })));
    }

    [Fact]
    public async Task Mutation_over_get_is_refused()
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString("mutation { clearBlockage(id: \"1\") { id } }"), UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<string> LaneStatusAsync(long laneId) => ScalarAsync<string>($"SELECT status FROM fire_lane_states WHERE lane_id = {laneId}");

    private async Task<List<(string Action, string Actor, string? Before, string? After)>> AuditAsync(long blockageId)
    {
        await using var command = server.DataSource.CreateCommand(
            "SELECT action, actor, before::text, after::text FROM audit_log WHERE entity = 'blockage' AND entity_id = @id ORDER BY id");
        command.Parameters.AddWithValue("id", blockageId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, string?, string?)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }

        return rows;
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
