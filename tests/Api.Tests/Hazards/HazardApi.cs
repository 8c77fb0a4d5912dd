using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using FireMap.Api.Changes;
using FireMap.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FireMap.Api.Tests.Hazards;

/// <summary>
/// Requests the hazard tests make: GraphQL as a role, the workflow steps, SQL; and the clean-up that
/// removes the hazards a test reported (and puts their compounds' risk scores back).
/// </summary>
internal sealed class HazardApi(FireMapServerFixture server)
{
    public const string Fields = """
        id code status severity category version supervised supervisingUnit supervisedOn deadline foundOn foundBy
        overdue daysOverdue closedAt closingNote reviewNote communityCode gridCode compoundId
        subject { type id name address } history { action from to actor note }
        """;

    public async Task<JsonElement> AsAsync(string role, string query, object? variables = null)
    {
        using var client = server.CreateClient(role);
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"server error {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> DataAsync(string role, string query, object? variables = null)
    {
        var body = await AsAsync(role, query, variables);
        Assert.False(body.TryGetProperty("errors", out var errors), $"errors: {errors}");
        return body.GetProperty("data");
    }

    public static string? ErrorCode(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
            ? errors[0].GetProperty("extensions").GetProperty("code").GetString()
            : null;

    public async Task<JsonElement> ReportAsync(string role, object input) =>
        (await DataAsync(role, $"mutation($input: ReportHazardInput!) {{ reportHazard(input: $input) {{ {Fields} }} }}", new { input }))
            .GetProperty("reportHazard");

    public Task<JsonElement> ReportOnAsync(string role, string subjectType, long subjectId, string severity = "GENERAL", string? deadline = null) =>
        ReportAsync(role, new
        {
            subjectType = subjectType.ToUpperInvariant(), subjectId = Id(subjectId), category = "ELECTRICAL_WIRING", severity,
            description = "配电箱线路老化（测试）", responsibleUnit = "测试物业", deadline,
        });

    /// <summary>Runs a workflow step; <paramref name="extra"/> holds the step's own arguments as GraphQL text.</summary>
    public Task<JsonElement> StepAsync(string role, string mutation, JsonElement hazard, string extra = "", string? note = null) =>
        StepAsync(role, mutation, hazard.GetProperty("id").GetString()!, hazard.GetProperty("version").GetInt32(), extra, note);

    public Task<JsonElement> StepAsync(string role, string mutation, string id, int version, string extra = "", string? note = null) =>
        AsAsync(role, $"mutation($id: ID!, $v: Int!, $note: String) {{ {mutation}(id: $id, expectedVersion: $v, note: $note{extra}) {{ {Fields} }} }}",
            new { id, v = version, note });

    public async Task<JsonElement> StepOkAsync(string role, string mutation, JsonElement hazard, string extra = "", string? note = null)
    {
        var body = await StepAsync(role, mutation, hazard, extra, note);
        Assert.Null(ErrorCode(body));
        return body.GetProperty("data").GetProperty(mutation);
    }

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The transitions and audit entries of a hazard, and its version: what a refused change must leave alone.</summary>
    public async Task<(long Transitions, long Audits, int Version, string Status)> TraceAsync(string id)
    {
        var hazard = long.Parse(id, CultureInfo.InvariantCulture);
        return (await ScalarAsync<long>("SELECT count(*) FROM hazard_transitions WHERE hazard_id = @id", ("id", hazard)),
            await ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE entity = 'hazard' AND entity_id = @id", ("id", hazard)),
            await ScalarAsync<int>("SELECT version FROM hazards WHERE id = @id", ("id", hazard)),
            await ScalarAsync<string>("SELECT status FROM hazards WHERE id = @id", ("id", hazard)));
    }

    public Task<long> MaxIdAsync() => ScalarAsync<long>("SELECT COALESCE(max(id), 0) FROM hazards");

    /// <summary>Removes hazards with ids above <paramref name="maxId"/> and recomputes their compounds' scores.</summary>
    public async Task RemoveAfterAsync(long maxId)
    {
        var compounds = new List<long>();
        await using (var command = server.DataSource.CreateCommand("SELECT DISTINCT compound_id FROM hazards WHERE id > @max AND compound_id IS NOT NULL"))
        {
            command.Parameters.AddWithValue("max", maxId);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                compounds.Add(reader.GetInt64(0));
            }
        }

        await using (var delete = server.DataSource.CreateCommand(
            "DELETE FROM photo_links WHERE record_kind = 'hazard' AND record_id > @max; DELETE FROM hazard_transitions WHERE hazard_id > @max; DELETE FROM hazards WHERE id > @max"))
        {
            delete.Parameters.AddWithValue("max", maxId);
            await delete.ExecuteNonQueryAsync();
        }

        var changes = server.Services.GetRequiredService<DataChanges>();
        foreach (var compound in compounds)
        {
            await changes.CompoundChangedAsync(compound);
        }
    }

    /// <summary>A building in the scoped demo accounts' grid (so inside every scoped role's scope).</summary>
    public Task<long> BuildingInGridAsync(int offset = 0) => ScalarAsync<long>($"""
        SELECT b.id FROM buildings b JOIN compounds x ON x.id = b.compound_id JOIN grids g ON g.id = x.grid_id
        WHERE g.code = @grid ORDER BY b.id LIMIT 1 OFFSET {offset}
        """, ("grid", server.Accounts["grid"].GridCodes[0]));

    /// <summary>A building in another community than the scoped demo accounts'.</summary>
    public Task<long> BuildingOutsideCommunityAsync() => ScalarAsync<long>("""
        SELECT b.id FROM buildings b JOIN communities c ON c.id = b.community_id
        WHERE c.code <> @community AND b.compound_id IS NOT NULL ORDER BY b.id LIMIT 1
        """, ("community", server.Accounts["community"].CommunityCode!));

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
