using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.FieldWork;

/// <summary>Requests and SQL the field-work tests share, and the clean-up of what they wrote.</summary>
internal sealed class FieldApi(FireMapServerFixture server)
{
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
        Assert.True(ErrorCode(body) is null, body.ToString());
        return body.GetProperty("data");
    }

    public static string? ErrorCode(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
            ? errors[0].GetProperty("extensions").GetProperty("code").GetString()
            : null;

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The high-water marks of the tables the tests write, to remove what came after.</summary>
    public async Task<long[]> MarksAsync() =>
    [
        await ScalarAsync<long>("SELECT COALESCE(max(id), 0) FROM inspections"),
        await ScalarAsync<long>("SELECT COALESCE(max(id), 0) FROM hazards"),
        await ScalarAsync<long>("SELECT COALESCE(max(id), 0) FROM vulnerable_residents"),
    ];

    public Task RemoveAfterAsync(long[] marks) => ExecuteAsync("""
        DELETE FROM photo_links WHERE (record_kind = 'inspection' AND record_id > @i) OR (record_kind = 'visit' AND record_id IN
            (SELECT v.id FROM visits v WHERE v.resident_id > @r));
        DELETE FROM photos WHERE id NOT IN (SELECT photo_id FROM photo_links) AND sha256 LIKE 'f1e1d%';
        DELETE FROM inspections WHERE id > @i;
        DELETE FROM visits WHERE hazard_id > @h OR resident_id > @r;
        DELETE FROM vulnerable_residents WHERE id > @r;
        DELETE FROM hazard_transitions WHERE hazard_id > @h;
        DELETE FROM hazards WHERE id > @h;
        """, ("i", marks[0]), ("h", marks[1]), ("r", marks[2]));

    /// <summary>A photo row as if uploaded by <paramref name="role"/>'s account (the upload endpoint is another feature's).</summary>
    public async Task<Guid> PhotoOfAsync(string role)
    {
        var id = Guid.NewGuid();
        await ExecuteAsync("""
            INSERT INTO photos (id, sha256, content_type, byte_size, width, height, original, display, thumbnail, uploaded_by)
            SELECT @id, 'f1e1d' || substr(md5(@id::text) || md5(@id::text), 1, 59), 'image/jpeg', 3, 1, 1, '\x010203', '\x01', '\x01', u.id
            FROM users u WHERE u.user_name = @user
            """, ("id", id), ("user", server.Accounts[role].UserName));
        return id;
    }

    public Task<long> BuildingInGridAsync(bool highRise) => ScalarAsync<long>("""
        SELECT b.id FROM buildings b JOIN compounds x ON x.id = b.compound_id JOIN grids g ON g.id = x.grid_id
        WHERE g.code = @grid AND b.is_high_rise = @high ORDER BY b.id LIMIT 1
        """, ("grid", server.Accounts["grid"].GridCodes[0]), ("high", highRise));

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
