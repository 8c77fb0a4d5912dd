using System.Net.Http.Json;
using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Plans;

/// <summary>One plan per compound: save and read back, versions and CONFLICT, audit, roles and scope.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class CompoundPlanTests(FireMapServerFixture server) : IAsyncLifetime
{
    private const string Save = """
        mutation($id: ID!, $input: CompoundPlanInput!, $v: Int!) {
          saveCompoundPlan(compoundId: $id, input: $input, expectedVersion: $v) {
            id compoundId problems progressNotes updatedBy version measures { measure owner dueOn status }
          }
        }
        """;

    private static readonly object Input = new
    {
        problems = "消防车通道被占用；无维保单位",
        measures = new object[]
        {
            new { measure = "划线并设置禁停标志", owner = "社区", dueOn = "2026-12-31", status = "IN_PROGRESS" },
            new { measure = "签订维保合同", owner = "业委会" },
        },
        progressNotes = "已约谈业委会",
    };

    private long _own;
    private long _other;

    public async Task InitializeAsync()
    {
        var community = server.Accounts["community"].CommunityCode!;
        _own = await ScalarAsync<long>("SELECT x.id FROM compounds x JOIN communities c ON c.id = x.community_id WHERE c.code = @c ORDER BY x.id LIMIT 1", community);
        _other = await ScalarAsync<long>("SELECT x.id FROM compounds x JOIN communities c ON c.id = x.community_id WHERE c.code <> @c ORDER BY x.id LIMIT 1", community);
        await CleanAsync();
    }

    public Task DisposeAsync() => CleanAsync();

    [Fact]
    public async Task Plan_saved_by_community_reads_back_and_is_audited()
    {
        var saved = Data(await AsAsync("community", Save, new { id = _own.ToString(), input = Input, v = 0 })).GetProperty("saveCompoundPlan");
        Assert.Equal(1, saved.GetProperty("version").GetInt32());
        Assert.Equal(server.Accounts["community"].UserName, saved.GetProperty("updatedBy").GetString());
        var measures = saved.GetProperty("measures").EnumerateArray().ToList();
        Assert.Equal(("IN_PROGRESS", "2026-12-31"), (measures[0].GetProperty("status").GetString(), measures[0].GetProperty("dueOn").GetString()));
        Assert.Equal(("PLANNED", JsonValueKind.Null), (measures[1].GetProperty("status").GetString(), measures[1].GetProperty("dueOn").ValueKind));

        var read = Data(await AsAsync("viewer", "query($id: ID!) { compoundPlan(compoundId: $id) { problems version measures { owner } } }", new { id = _own.ToString() }))
            .GetProperty("compoundPlan");
        Assert.Equal("消防车通道被占用；无维保单位", read.GetProperty("problems").GetString());

        var updated = Data(await AsAsync("subdistrict", Save, new { id = _own.ToString(), input = new { problems = "已整改", measures = Array.Empty<object>() }, v = 1 }))
            .GetProperty("saveCompoundPlan");
        Assert.Equal(2, updated.GetProperty("version").GetInt32());
        Assert.Equal(2, await ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE entity = 'compound_plan' AND entity_id = (SELECT id FROM compound_plans WHERE compound_id = @c::bigint)", _own.ToString()));
        Assert.True(await ScalarAsync<bool>("""
            SELECT before->>'problems' = '消防车通道被占用；无维保单位' AND after->>'problems' = '已整改' FROM audit_log
            WHERE entity = 'compound_plan' AND action = 'update' AND entity_id = (SELECT id FROM compound_plans WHERE compound_id = @c::bigint)
            """, _own.ToString()));
    }

    [Fact]
    public async Task Plan_stale_version_is_a_conflict_and_writes_nothing()
    {
        Data(await AsAsync("admin", Save, new { id = _own.ToString(), input = Input, v = 0 }));
        Assert.Equal("CONFLICT", Code(await AsAsync("admin", Save, new { id = _own.ToString(), input = Input, v = 0 })));
        Assert.Equal("CONFLICT", Code(await AsAsync("admin", Save, new { id = _own.ToString(), input = Input, v = 7 })));
        Assert.Equal(1, await ScalarAsync<int>("SELECT version FROM compound_plans WHERE compound_id = @c::bigint", _own.ToString()));
    }

    [Fact]
    public async Task Plan_refused_to_grid_and_viewer_and_outside_the_community()
    {
        Assert.Equal("FORBIDDEN", Code(await AsAsync("grid", Save, new { id = _own.ToString(), input = Input, v = 0 })));
        Assert.Equal("FORBIDDEN", Code(await AsAsync("viewer", Save, new { id = _own.ToString(), input = Input, v = 0 })));
        Assert.Equal("FORBIDDEN", Code(await AsAsync("community", Save, new { id = _other.ToString(), input = Input, v = 0 })));
        Assert.Equal("BAD_USER_INPUT", Code(await AsAsync("admin", Save, new { id = _own.ToString(), input = new { measures = new[] { new { measure = " ", owner = "x" } } }, v = 0 })));
        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM compound_plans WHERE compound_id IN (@c::bigint, @c::bigint)", _own.ToString()));

        Data(await AsAsync("admin", Save, new { id = _other.ToString(), input = Input, v = 0 }));
        var hidden = Data(await AsAsync("community", "query($id: ID!) { compoundPlan(compoundId: $id) { id } }", new { id = _other.ToString() }));
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("compoundPlan").ValueKind);
    }

    private async Task CleanAsync()
    {
        await using var command = server.DataSource.CreateCommand("""
            DELETE FROM audit_log WHERE entity = 'compound_plan' AND entity_id IN (SELECT id FROM compound_plans WHERE compound_id IN (@a, @b));
            DELETE FROM compound_plans WHERE compound_id IN (@a, @b);
            """);
        command.Parameters.AddWithValue("a", _own);
        command.Parameters.AddWithValue("b", _other);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<JsonElement> AsAsync(string role, string query, object variables)
    {
        using var client = server.CreateClient(role);
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static JsonElement Data(JsonElement body)
    {
        Assert.False(body.TryGetProperty("errors", out var errors), $"errors: {errors}");
        return body.GetProperty("data");
    }

    private static string? Code(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;

    private async Task<T> ScalarAsync<T>(string sql, string value)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("c", value);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
