using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FireMap.Api.Changes;
using FireMap.Api.Geocoding;
using FireMap.Api.Jobs;
using FireMap.Spatial.Geocoding;
using FireMap.TestHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace FireMap.Api.Tests.Scaleout;

/// <summary>
/// Two instances of the service over one database, as behind a proxy: what one knows the other
/// knows too (sessions, caches), and background work is done once.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class SeveralInstancesTests(FireMapServerFixture server)
{
    private static readonly TimeSpan _patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Session_signed_in_through_one_instance_is_accepted_by_another()
    {
        await using var second = await server.StartInstanceAsync();
        var account = server.Accounts["viewer"];
        using var first = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        using var login = await first.PostAsJsonAsync(new Uri("/api/auth/login", UriKind.Relative), new { userName = account.UserName, password = account.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var cookie = string.Join("; ", login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        using var other = second.CreateAnonymousClient();
        other.DefaultRequestHeaders.Add("Cookie", cookie);
        using var response = await other.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = "{ me { userName } }" });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(account.UserName, body.GetProperty("data").GetProperty("me").GetProperty("userName").GetString());
    }

    [Fact]
    public async Task Import_through_one_instance_refreshes_the_gazetteer_of_another()
    {
        await using var second = await server.StartInstanceAsync();
        await WaitUntilAsync(() => second.Services.GetRequiredService<ClusterChangeListener>().IsListening, "the second instance listens");
        var geocoders = second.Services.GetRequiredService<GeocoderProvider>();
        var before = await geocoders.GetAsync(CancellationToken.None);
        var code = "T-CL" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        Assert.Null(before.IdOf(MatchLevel.Place, code));

        using var response = await ImportPlaceAsync(code);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await WaitUntilAsync(async () => (await geocoders.GetAsync(CancellationToken.None)).IdOf(MatchLevel.Place, code) is not null,
            "the second instance's gazetteer holds the imported place");
    }

    [Fact]
    public async Task Scheduled_job_runs_once_with_two_instances_up()
    {
        var name = "test-once-" + Guid.NewGuid().ToString("N")[..8];
        var settings = new Dictionary<string, string?>
        {
            ["FireMap:Jobs:Enabled"] = "true",
            ["FireMap:Jobs:PollInterval"] = "00:00:00.200",
            ["FireMap:Jobs:MissedRunGrace"] = "00:10:00",
        };
        foreach (var job in server.Services.GetServices<IScheduledJob>())
        {
            settings[$"FireMap:Jobs:Schedules:{job.Name}"] = "off";
        }

        // Due a minute ago (China time), so both schedulers find it due on their first look.
        var due = TimeOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddMinutes(-1);
        void AddJob(WebApplicationBuilder builder) =>
            builder.Services.AddSingleton<IScheduledJob>(new CountingJob(name, due));

        await using var one = await server.StartInstanceAsync(settings, AddJob);
        await using var two = await server.StartInstanceAsync(settings, AddJob);
        await WaitUntilAsync(async () => await RunsAsync(name, "succeeded") == 1, "the job ran");
        // Several more looks of both schedulers.
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.Equal(1, CountingJob.Runs.GetValueOrDefault(name));
        Assert.Equal(1, await RunsAsync(name, null));
    }

    private async Task<long> RunsAsync(string job, string? outcome)
    {
        await using var command = server.DataSource.CreateCommand("SELECT count(*) FROM job_runs WHERE job = @job AND (@outcome::text IS NULL OR outcome = @outcome)");
        command.Parameters.AddWithValue("job", job);
        command.Parameters.AddWithValue("outcome", (object?)outcome ?? DBNull.Value);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private async Task<HttpResponseMessage> ImportPlaceAsync(string code)
    {
        await using var command = server.DataSource.CreateCommand("SELECT code FROM communities ORDER BY id LIMIT 1");
        var community = (string)(await command.ExecuteScalarAsync())!;
        var csv = $"code,name,category,address,community_code,capacity,lon,lat\n{code},集群测试茶馆,restaurant,跃进村路3号,{community},30,106.4806,29.4806\n";
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Add("X-FireMap-Request", "1");
        using var form = new MultipartFormDataContent { { new StringContent(csv, Encoding.UTF8, "text/csv"), "files", "places.csv" } };
        return await client.PostAsync(new Uri("/api/imports", UriKind.Relative), form);
    }

    private static Task WaitUntilAsync(Func<bool> condition, string what) => WaitUntilAsync(() => Task.FromResult(condition()), what);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var until = DateTime.UtcNow + _patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, $"not within {_patience.TotalSeconds} s: {what}");
            await Task.Delay(100);
        }
    }

    private sealed class CountingJob(string name, TimeOnly due) : IScheduledJob
    {
        public static ConcurrentDictionary<string, int> Runs { get; } = new();

        public string Name => name;

        public TimeOnly DefaultTime => due;

        public async Task<string?> RunAsync(CancellationToken cancellationToken)
        {
            Runs.AddOrUpdate(name, 1, (_, n) => n + 1);
            // Long enough that the other scheduler looks while it runs.
            await Task.Delay(500, cancellationToken);
            return "counted";
        }
    }
}
