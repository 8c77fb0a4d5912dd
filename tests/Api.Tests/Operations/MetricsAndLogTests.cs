using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FireMap.Api.Tests.Accounts;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Operations;

/// <summary>
/// <c>/metrics</c> is for administrators and its counters move with requests; the JSON log file
/// carries request ids and user names, and never a password, token or personal field.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed partial class MetricsAndLogTests(FireMapServerFixture server)
{
    private readonly AccountApi _api = new(server);

    [Fact]
    public async Task Metrics_scraped_by_an_administrator_count_graphql_operations_and_requests()
    {
        using var admin = server.CreateClient();
        var before = Counter(await admin.GetStringAsync(new Uri("/metrics", UriKind.Relative)), "OpsProbe");
        for (var i = 0; i < 3; i++)
        {
            using var response = await admin.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative),
                new { query = "query OpsProbe { me { userName } }", operationName = "OpsProbe" });
            response.EnsureSuccessStatusCode();
        }

        // ASP.NET Core records a request's duration after the response has left, so the last one may show a moment later.
        var scrape = await admin.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        for (var i = 0; i < 100 && (Counter(scrape, "OpsProbe") < before + 3 || !scrape.Contains("graphql_operation=\"OpsProbe\"", StringComparison.Ordinal)); i++)
        {
            await Task.Delay(100);
            scrape = await admin.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        }

        Assert.Equal(before + 3, Counter(scrape, "OpsProbe"));
        Assert.Contains("http_server_request_duration_seconds_bucket{", scrape, StringComparison.Ordinal);
        Assert.Contains("graphql_operation=\"OpsProbe\"", scrape, StringComparison.Ordinal);
        Assert.Contains("db_client_connection", scrape, StringComparison.Ordinal); // Npgsql's pool

        using var viewer = server.CreateClient("viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode);
        using var anonymous = server.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Log_file_of_a_run_with_password_token_and_personal_reads_holds_none_of_them()
    {
        var account = server.Accounts["subdistrict"];
        using var handler = new HttpClientHandler { UseCookies = true };
        using var browser = new HttpClient(handler) { BaseAddress = new Uri(server.BaseUrl) };
        using (var login = await _api.LoginAsync(browser, account.UserName, account.Password))
        {
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }

        var building = await _api.ScalarAsync<long>("SELECT id FROM buildings WHERE chief_name IS NOT NULL AND chief_phone IS NOT NULL ORDER BY id LIMIT 1");
        var chief = await _api.AsAsync("subdistrict", "query ChiefRead($id: ID!) { building(id: $id) { chief { name phone } } }",
            new { id = building.ToString(CultureInfo.InvariantCulture) });
        Assert.Null(AccountApi.ErrorCode(chief));
        var name = chief.GetProperty("data").GetProperty("building").GetProperty("chief").GetProperty("name").GetString()!;
        var phone = chief.GetProperty("data").GetProperty("building").GetProperty("chief").GetProperty("phone").GetString()!;
        using (var wrong = await _api.LoginAsync(server.CreateAnonymousClient(), account.UserName, "wrong-" + account.Password))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var log = await ReadLogsAsync();
        Assert.Contains("\"UserName\":\"" + account.UserName + "\"", log, StringComparison.Ordinal);
        Assert.Contains("\"RequestId\":", log, StringComparison.Ordinal);
        Assert.Contains("ChiefRead", log, StringComparison.Ordinal);
        foreach (var secret in new[] { account.Password, account.Token, name, phone })
        {
            Assert.DoesNotContain(secret, log, StringComparison.Ordinal);
        }

        foreach (var other in server.Accounts.Values)
        {
            Assert.DoesNotContain(other.Token, log, StringComparison.Ordinal);
            Assert.DoesNotContain(other.Password, log, StringComparison.Ordinal);
        }
    }

    private async Task<string> ReadLogsAsync()
    {
        var text = new System.Text.StringBuilder();
        foreach (var file in Directory.GetFiles(server.LogDirectory, "*.log"))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            text.Append(await reader.ReadToEndAsync());
        }

        return text.ToString();
    }

    private static double Counter(string scrape, string operation)
    {
        var total = 0.0;
        foreach (Match match in CounterLine().Matches(scrape))
        {
            if (match.Groups["labels"].Value.Contains($"operation=\"{operation}\"", StringComparison.Ordinal))
            {
                total += double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
            }
        }

        return total;
    }

    [GeneratedRegex(@"^firemap_graphql_operations_total\{(?<labels>[^}]*)\} (?<value>[0-9.e+]+)", RegexOptions.Multiline)]
    private static partial Regex CounterLine();
}
