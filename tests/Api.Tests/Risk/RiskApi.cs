using System.Globalization;
using System.Text.Json;
using FireMap.TestHost;
using static FireMap.Api.Tests.GraphQL.GraphQLRequests;

namespace FireMap.Api.Tests.Risk;

/// <summary>The risk queries the tests send, and reads of the database they check against.</summary>
internal sealed class RiskApi(FireMapServerFixture server)
{
    public const string RankFields = "rank score level levelName color likelihood consequence modelVersion asOf contributions { factor chineseName englishName side points score }";

    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(ChinaOffset).DateTime);

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var client = server.CreateClient();
        return await PostAsync(client, query, variables);
    }

    /// <summary>The data of a response that must have no errors.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var body = await QueryAsync(query, variables);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        return body.GetProperty("data");
    }

    /// <summary>Every node of a ranking, fetched in pages of <paramref name="pageSize"/> through the cursors.</summary>
    public async Task<List<JsonElement>> AllPagesAsync(string field, string arguments, string nodeFields, int pageSize)
    {
        var nodes = new List<JsonElement>();
        string? after = null;
        do
        {
            var afterArgument = after is null ? "" : $", after: \"{after}\"";
            var connection = (await DataAsync($"{{ {field}(first: {pageSize}{arguments}{afterArgument}) {{ pageInfo {{ hasNextPage endCursor }} edges {{ node {{ {nodeFields} }} }} }} }}"))
                .GetProperty(field);
            nodes.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")));
            after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);
        return nodes;
    }

    /// <summary>The compound's current score, read through its <c>risk</c> field.</summary>
    public async Task<double> CompoundScoreAsync(long compoundId) =>
        (await DataAsync("query($id: ID!) { compound(id: $id) { risk { score } } }", new { id = Id(compoundId) }))
            .GetProperty("compound").GetProperty("risk").GetProperty("score").GetDouble();

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), CultureInfo.InvariantCulture);
    }

    public async Task<List<long>> IdsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<long>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    /// <summary>A fingerprint of everything the risk feature stores, to show that a read wrote nothing.</summary>
    public Task<string> StoredStateAsync() => ScalarAsync<string>("""
        SELECT md5(concat_ws('|',
            (SELECT string_agg(concat_ws(',', id, computed_at, version), ';' ORDER BY id) FROM risk_runs),
            (SELECT string_agg(concat_ws(',', run_id, compound_id, score, computed_at), ';' ORDER BY run_id, compound_id) FROM compound_risk_scores),
            (SELECT count(*) FROM building_risk_scores),
            (SELECT max(id) FROM audit_log),
            (SELECT string_agg(concat_ws(',', id, status, version), ';' ORDER BY id) FROM hazards),
            (SELECT string_agg(concat_ws(',', id, cleared_at, version), ';' ORDER BY id) FROM blockages)))
        """);
}
