using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using FireMap.Api.Idempotency;
using FireMap.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FireMap.Api.Tests.Idempotency;

/// <summary>
/// The Idempotency-Key header on GraphQL mutations: a repeat (sequential or concurrent) executes
/// once and gets the first answer; the same key with another request is 422; keys are per user;
/// expired answers are deleted.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class IdempotencyKeyTests(FireMapServerFixture server)
{
    private const string Report = "mutation($lane: ID!, $note: String) { reportBlockage(input: { laneId: $lane, cause: STALL, remainingWidthMeters: 3.5, note: $note }) { id } }";

    [Fact]
    public async Task Same_mutation_sent_twice_with_one_key_creates_one_row_and_replays_the_answer()
    {
        var note = Unique();
        var key = Guid.NewGuid().ToString();
        var body = await BodyAsync(note);

        var (firstStatus, first, firstReplayed) = await SendAsync("grid", body, key);
        var (secondStatus, second, secondReplayed) = await SendAsync("grid", body, key);

        Assert.Equal(HttpStatusCode.OK, firstStatus);
        Assert.Equal(HttpStatusCode.OK, secondStatus);
        Assert.False(firstReplayed);
        Assert.True(secondReplayed);
        Assert.Equal(first, second);
        Assert.Equal(1L, await CountAsync(note));
    }

    [Fact]
    public async Task Concurrent_duplicates_execute_once()
    {
        var note = Unique();
        var key = Guid.NewGuid().ToString();
        var body = await BodyAsync(note);

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => SendAsync("community", body, key)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Single(answers.Select(a => a.Body).Distinct());
        Assert.Equal(1, answers.Count(a => !a.Replayed));
        Assert.Equal(1L, await CountAsync(note));
    }

    [Fact]
    public async Task Same_key_with_another_request_is_422_with_a_problem_body_and_executes_nothing()
    {
        var key = Guid.NewGuid().ToString();
        var first = Unique();
        var second = Unique();
        await SendAsync("grid", await BodyAsync(first), key);

        var (status, body, _) = await SendAsync("grid", await BodyAsync(second), key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
        Assert.Equal(0L, await CountAsync(second));
    }

    [Fact]
    public async Task Key_belongs_to_its_user()
    {
        var note = Unique();
        var key = Guid.NewGuid().ToString();
        var body = await BodyAsync(note);

        await SendAsync("grid", body, key);
        var (_, _, replayed) = await SendAsync("admin", body, key);

        Assert.False(replayed);
        Assert.Equal(2L, await CountAsync(note));
    }

    [Fact]
    public async Task Without_a_key_each_request_executes()
    {
        var note = Unique();
        var body = await BodyAsync(note);

        await SendAsync("grid", body, null);
        await SendAsync("grid", body, null);

        Assert.Equal(2L, await CountAsync(note));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("long")]
    public async Task Malformed_key_is_bad_input(string key)
    {
        using var client = server.CreateClient("grid");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation(IdempotencyExtensions.Header, key == "long" ? new string('k', 201) : key);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Refused_mutation_is_not_stored_so_a_repeat_runs_again()
    {
        var key = Guid.NewGuid().ToString();
        // A viewer may not report: FORBIDDEN travels in a 200 answer, which is kept like any executed answer.
        var (status, _, _) = await SendAsync("viewer", await BodyAsync(Unique()), key);
        Assert.Equal(HttpStatusCode.OK, status);

        // A request the endpoint refuses before execution (not JSON) leaves the key free.
        var other = Guid.NewGuid().ToString();
        using var client = server.CreateClient("grid");
        using var bad = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{", Encoding.UTF8, "application/json") };
        bad.Headers.Add("Accept", "application/graphql-response+json");
        bad.Headers.Add(IdempotencyExtensions.Header, other);
        using var refused = await client.SendAsync(bad);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM idempotent_requests WHERE key = @k", ("k", other)));
    }

    [Fact]
    public async Task Expired_answers_are_deleted_and_no_longer_replayed()
    {
        var note = Unique();
        var key = Guid.NewGuid().ToString();
        var body = await BodyAsync(note);
        await SendAsync("grid", body, key);
        await ScalarAsync<int>("UPDATE idempotent_requests SET expires_at = now() - interval '1 second' WHERE key = @k RETURNING 1", ("k", key));

        var deleted = await server.Services.GetRequiredService<IdempotencyStore>().DeleteExpiredAsync(CancellationToken.None);

        Assert.True(deleted >= 1);
        Assert.Equal(0L, await ScalarAsync<long>("SELECT count(*) FROM idempotent_requests WHERE key = @k", ("k", key)));
        var (_, _, replayed) = await SendAsync("grid", body, key);
        Assert.False(replayed);
        Assert.Equal(2L, await CountAsync(note));
    }

    private static string Unique() => "idem-" + Guid.NewGuid().ToString("N")[..12];

    private async Task<string> BodyAsync(string note)
    {
        var lane = await ScalarAsync<long>("""
            SELECT l.id FROM fire_lanes l JOIN compounds x ON x.id = l.compound_id JOIN grids g ON g.id = x.grid_id
            WHERE g.code = @grid AND l.clear_width_m >= 4 ORDER BY l.id LIMIT 1
            """, ("grid", server.Accounts["grid"].GridCodes[0]));
        return JsonSerializer.Serialize(new { query = Report, variables = new { lane = lane.ToString(CultureInfo.InvariantCulture), note } });
    }

    private async Task<(HttpStatusCode Status, string Body, bool Replayed)> SendAsync(string role, string body, string? key)
    {
        using var client = server.CreateClient(role);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add(IdempotencyExtensions.Header, key);
        }

        using var response = await client.SendAsync(request);
        var replayed = response.Headers.TryGetValues(IdempotencyExtensions.ReplayedHeader, out var values) && values.Single() == "true";
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), replayed);
    }

    private Task<long> CountAsync(string note) => ScalarAsync<long>("SELECT count(*) FROM blockages WHERE note = @n", ("n", note));

    private async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }
}
