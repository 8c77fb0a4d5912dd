using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FireMap.TestHost;
using MiniExcelLibs;

namespace FireMap.Api.Tests.Hazards;

/// <summary>The daily alert list export: one sheet per community in scope, the same alerts as GraphQL <c>alerts</c>, typed cells.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class AlertExportTests(FireMapServerFixture server)
{
    [Theory]
    [InlineData("community")]
    [InlineData("grid")]
    [InlineData("admin")]
    public async Task Alerts_xlsx_rows_per_community_equal_graphql_alerts(string role)
    {
        var communities = await CommunitiesAsync(server.Accounts[role].CommunityCode);
        using var stream = await XlsxAsync(role, "/api/exports/alerts.xlsx");

        Assert.Equal(communities.Select(c => c.Name), stream.GetSheetNames().Take(communities.Count));
        foreach (var (code, name) in communities)
        {
            var rows = stream.Query(useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>().ToList();
            var alerts = await GraphQLAlertsAsync(role, code);
            Assert.Equal(alerts.Select(a => a.Code), rows.Select(row => (string?)row["隐患编号"]));
            Assert.Equal(alerts.Select(a => a.Days), rows.Select(row => Convert.ToInt32(row["逾期或剩余天数"], System.Globalization.CultureInfo.InvariantCulture)));
            Assert.All(rows, row => Assert.Equal(name, row["社区"]));
            Assert.All(rows, row => Assert.IsType<DateTime>(row["整改期限"]));
            Assert.All(rows, row => Assert.True(row["逾期或剩余天数"] is double or int or long or decimal));
            Assert.All(rows, row => Assert.Contains((string?)row["预警类型"], new[] { "逾期未整改", "即将到期", "挂牌督办逾期" }));
        }

        Assert.Contains(communities, c => stream.Query(useHeaderRow: true, sheetName: c.Name).Any());
    }

    [Fact]
    public async Task Alerts_csv_for_a_scoped_user_holds_their_community_only()
    {
        var own = server.Accounts["community"].CommunityCode!;
        var other = (await CommunitiesAsync(null)).First(c => c.Code != own).Code;
        using var client = server.CreateClient("community");

        var csv = (await client.GetStringAsync(new Uri("/api/exports/alerts.csv?lang=en", UriKind.Relative))).TrimStart('\uFEFF');
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Community,Compound,Alert,Days late or left,Code,", lines[0], StringComparison.Ordinal);
        Assert.Equal((await GraphQLAlertsAsync("community", null)).Count, lines.Length - 1);

        var foreign = (await client.GetStringAsync(new Uri($"/api/exports/alerts.csv?community={other}", UriKind.Relative))).TrimStart('\uFEFF');
        Assert.Single(foreign.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        using var pdf = await client.GetAsync(new Uri("/api/exports/alerts.pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
    }

    private async Task<MemoryStream> XlsxAsync(string role, string path)
    {
        using var client = server.CreateClient(role);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        return new MemoryStream(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<List<(string Code, int Days)>> GraphQLAlertsAsync(string role, string? communityCode)
    {
        using var client = server.CreateClient(role);
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new
        {
            query = "query($c: String) { alerts(communityCode: $c) { days hazard { code } } }",
            variables = new { c = communityCode },
        });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        // The daily list is of hazards; overdue door-knock visits (hazard null) are in alerts but not in it.
        return [.. body.RootElement.GetProperty("data").GetProperty("alerts").EnumerateArray()
            .Where(a => a.GetProperty("hazard").ValueKind != JsonValueKind.Null)
            .Select(a => (a.GetProperty("hazard").GetProperty("code").GetString()!, a.GetProperty("days").GetInt32()))];
    }

    private async Task<List<(string Code, string Name)>> CommunitiesAsync(string? only)
    {
        await using var command = server.DataSource.CreateCommand("SELECT code, name FROM communities WHERE @c::text IS NULL OR code = @c ORDER BY code");
        command.Parameters.Add(new Npgsql.NpgsqlParameter("c", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)only ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync();
        var communities = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            communities.Add((reader.GetString(0), reader.GetString(1)));
        }

        return communities;
    }
}
