using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FireMap.Api.Database;
using FireMap.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FireMap.Api.Tests.Scaleout;

/// <summary>
/// GraphQL queries served by a streaming replica, a user reading their own write, reads going on while
/// the primary is down (writes answer 503 with Retry-After), and writes again once the replica is
/// promoted, with no acknowledged write lost. One test, in this order, because each step changes the clusters.
/// </summary>
[Collection(StandbyCollection.Name)]
public sealed class FailoverTests(StandbyServerFixture server)
{
    private const string Read = "query($id: ID!) { unit(id: $id) { name version } }";
    private const string Rename = "mutation($id: ID!, $v: Int!, $name: String!) { updateUnit(id: $id, expectedVersion: $v, input: { name: $name }) { name version } }";

    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Queries_read_from_the_replica_own_writes_are_seen_reads_survive_the_primary_and_writes_resume_after_promotion()
    {
        var replicas = server.Services.GetRequiredService<ReadReplicas>();
        await WaitUntilAsync(() => Task.FromResult(replicas.States[0].InPool), "the standby joins the read pool");
        long id;
        await using (var pick = server.DataSource.CreateCommand("SELECT id FROM units ORDER BY id LIMIT 1"))
        {
            id = (long)(await pick.ExecuteScalarAsync())!;
        }

        var unit = id.ToString(CultureInfo.InvariantCulture);
        using var token = server.CreateClient("admin");
        var session = await SignInAsync("viewer");

        // A change the service did not make (so no client waits for it) stays unseen while the standby's replay is paused:
        // the query was answered by the standby.
        await StandbyAsync("SELECT pg_wal_replay_pause()");
        var before = await QueryAsync(token, Read, new { id = unit });
        await using (var direct = server.DataSource.CreateCommand("UPDATE units SET name = name || '·' WHERE id = @id"))
        {
            direct.Parameters.AddWithValue("id", id);
            await direct.ExecuteNonQueryAsync();
        }

        var stale = await QueryAsync(token, Read, new { id = unit });
        Assert.Equal(Name(before), Name(stale));

        // The user's own write is read back although the standby has not replayed it.
        int version;
        await using (var current = server.DataSource.CreateCommand("SELECT version FROM units WHERE id = @id"))
        {
            current.Parameters.AddWithValue("id", id);
            version = (int)(await current.ExecuteScalarAsync())!;
        }

        using var rename = await PostAsync(token, Rename, new { id = unit, v = version, name = "写后即读" });
        Assert.Equal(HttpStatusCode.OK, rename.StatusCode);
        Assert.False((await BodyAsync(rename)).TryGetProperty("errors", out _));
        var written = Assert.Single(rename.Headers.GetValues(ReadYourWrites.Header));
        using var own = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative)) { Content = JsonContent.Create(new { query = Read, variables = new { id = unit } }) };
        own.Headers.Add(ReadYourWrites.Header, written);
        using var ownResponse = await token.SendAsync(own);
        Assert.Equal("写后即读", Name(await BodyAsync(ownResponse)));

        await StandbyAsync("SELECT pg_wal_replay_resume()");
        await WaitUntilAsync(async () => Name(await QueryAsync(token, Read, new { id = unit })) == "写后即读", "the standby replays the write");

        // The primary fails: signed-in reads (session cookie and API token) go on from the standby ...
        await server.StopPrimaryAsync();
        var me = await QueryAsync(session, "query($id: ID!) { me { userName } unit(id: $id) { name } }", new { id = unit });
        Assert.Equal(server.Accounts["viewer"].UserName, me.GetProperty("data").GetProperty("me").GetProperty("userName").GetString());
        Assert.Equal("写后即读", me.GetProperty("data").GetProperty("unit").GetProperty("name").GetString());
        Assert.Equal("写后即读", Name(await QueryAsync(token, Read, new { id = unit })));
        using var export = await token.GetAsync(new Uri("/api/exports/units.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains("写后即读", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // ... and writes are refused as an outage, to be retried.
        using var refused = await PostAsync(token, Rename, new { id = unit, v = version + 1, name = "故障中" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal("SERVICE_UNAVAILABLE", (await BodyAsync(refused)).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        // The standby is promoted: the same service finds it and writes again; the write acknowledged before is there.
        await StandbyAsync("SELECT pg_promote()");
        JsonElement after = default;
        await WaitUntilAsync(async () =>
        {
            using var retry = await PostAsync(token, Rename, new { id = unit, v = version + 1, name = "提升后" });
            after = await BodyAsync(retry);
            return retry.StatusCode == HttpStatusCode.OK && !after.TryGetProperty("errors", out _);
        }, "a write succeeds on the promoted standby");
        Assert.Equal(version + 2, after.GetProperty("data").GetProperty("updateUnit").GetProperty("version").GetInt32());
        Assert.Equal("提升后", Name(await QueryAsync(session, Read, new { id = unit })));
    }

    private async Task<HttpClient> SignInAsync(string role)
    {
        var account = server.Accounts[role];
        using var anonymous = server.CreateAnonymousClient();
        using var login = await anonymous.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { userName = account.UserName, password = account.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var client = server.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])
            .Where(c => !c.StartsWith(ReadYourWrites.Cookie + "=", StringComparison.Ordinal))));
        return client;
    }

    private async Task StandbyAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server.StandbyAdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string query, object variables) =>
        await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });

    private static async Task<JsonElement> QueryAsync(HttpClient client, string query, object variables)
    {
        using var response = await PostAsync(client, query, variables);
        var body = await BodyAsync(response);
        Assert.True(response.StatusCode == HttpStatusCode.OK && !body.TryGetProperty("errors", out _), body.GetRawText());
        return body;
    }

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static string? Name(JsonElement body) => body.GetProperty("data").GetProperty("unit").GetProperty("name").GetString();

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var until = DateTime.UtcNow + _patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, $"timed out waiting until {what}");
            await Task.Delay(200);
        }
    }
}
