using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FireMap.TestHost;
using MiniExcelLibs;

namespace FireMap.Api.Tests.Lists;

/// <summary>The three lists as XLSX and CSV: sheets per community, typed cells, gaps, scope, and hazard counts equal to GraphQL's.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class ListExportTests(FireMapServerFixture server)
{
    [Theory]
    [InlineData("inventory")]
    [InlineData("hazards")]
    [InlineData("responsibility")]
    public async Task Lists_xlsx_has_summary_and_one_sheet_per_community(string list)
    {
        using var stream = await XlsxAsync("admin", $"/api/exports/lists/{list}.xlsx");
        var communities = await CommunityNamesAsync();

        var sheets = stream.GetSheetNames();
        Assert.Equal(["街道汇总", .. communities], sheets);
        var summary = stream.Query(useHeaderRow: true, sheetName: "街道汇总").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(communities, summary.Select(row => (string)row["社区"]!));
        foreach (var (community, i) in communities.Select((c, i) => (c, i)))
        {
            var rows = stream.Query(useHeaderRow: true, sheetName: community).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(Convert.ToInt32(summary[i]["条目数"]), rows.Count);
            Assert.All(rows, row => Assert.Equal(community, row["社区"]));
            Assert.Contains("缺项", rows.FirstOrDefault()?.Keys ?? ["缺项"]);
        }
    }

    [Fact]
    public async Task Inventory_cells_are_typed_and_gaps_flag_missing_units()
    {
        using var stream = await XlsxAsync("admin", "/api/exports/lists/inventory.xlsx");
        var rows = stream.GetSheetNames().Skip(1)
            .SelectMany(sheet => stream.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()).ToList();

        var highRises = rows.Where(row => (string?)row["类型"] == "高层建筑").ToList();
        Assert.Equal(await ScalarAsync("SELECT count(*) FROM buildings WHERE is_high_rise"), highRises.Count);
        Assert.All(highRises, row => Assert.IsType<double>(row["高度（米）"]));
        Assert.All(highRises, row => Assert.True(row["层数"] is double or int or long or decimal, $"floors {row["层数"]?.GetType()}"));
        Assert.Equal(await ScalarAsync("SELECT count(*) FROM buildings WHERE is_high_rise AND NULLIF(btrim(management_unit), '') IS NULL"),
            highRises.Count(row => ((string?)row["缺项"] ?? "").Contains("缺管理单位", StringComparison.Ordinal)));

        var compounds = rows.Where(row => (string?)row["类型"] == "小区").ToList();
        Assert.Equal(await ScalarAsync("SELECT count(*) FROM compounds WHERE NULLIF(btrim(maintenance_unit), '') IS NULL"),
            compounds.Count(row => ((string?)row["缺项"] ?? "").Contains("缺维保单位", StringComparison.Ordinal)));
        Assert.Equal(await ScalarAsync("SELECT count(*) FROM compounds WHERE property_management_unit IS NULL"),
            compounds.Count(row => ((string?)row["缺项"] ?? "").Contains("无物业", StringComparison.Ordinal)));

        var places = rows.Where(row => (string?)row["类型"] == "场所").ToList();
        Assert.Equal(await ScalarAsync("SELECT count(*) FROM places"), places.Count);
        var inspected = places.Where(row => row["自查日期"] is not null).ToList();
        Assert.NotEmpty(inspected);
        Assert.All(inspected, row => Assert.IsType<DateTime>(row["自查日期"]));
    }

    [Fact]
    public async Task Hazard_list_counts_per_community_equal_graphql_total_and_dates_are_dates()
    {
        using var stream = await XlsxAsync("admin", "/api/exports/lists/hazards.xlsx");
        var communities = await CommunitiesAsync();
        foreach (var (code, name) in communities)
        {
            var rows = stream.Query(useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(await GraphQLTotalAsync(code), rows.Count);
            Assert.All(rows, row => Assert.IsType<DateTime>(row["整改期限"]));
            Assert.All(rows, row => Assert.IsType<DateTime>(row["发现日期"]));
            Assert.All(rows, row => Assert.True(row["逾期天数"] is double or int or long or decimal));
        }
    }

    [Fact]
    public async Task Responsibility_list_has_the_open_hazards_only()
    {
        using var stream = await XlsxAsync("admin", "/api/exports/lists/responsibility.xlsx?lang=en");
        var rows = stream.GetSheetNames().Skip(1)
            .SelectMany(sheet => stream.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()).ToList();
        Assert.Equal("Summary", stream.GetSheetNames()[0]);
        Assert.Equal(await ScalarAsync("SELECT count(*) FROM hazards WHERE status <> 'closed' AND community_id IS NOT NULL"), rows.Count);
        Assert.DoesNotContain(rows, row => (string?)row["Status"] == "Closed");
    }

    [Theory]
    [InlineData("community")]
    [InlineData("grid")]
    public async Task Lists_for_scoped_roles_hold_their_community_only(string role)
    {
        var own = server.Accounts[role].CommunityCode!;
        var name = (await CommunitiesAsync()).Single(c => c.Code == own).Name;
        using var stream = await XlsxAsync(role, "/api/exports/lists/hazards.xlsx");
        Assert.Equal(["街道汇总", name], stream.GetSheetNames());

        var other = (await CommunitiesAsync()).First(c => c.Code != own).Code;
        using var foreign = await XlsxAsync(role, $"/api/exports/lists/inventory.xlsx?community={other}");
        Assert.Equal(["街道汇总"], foreign.GetSheetNames());

        using var client = server.CreateClient(role);
        var csv = (await client.GetStringAsync(new Uri("/api/exports/lists/hazards.csv?lang=en", UriKind.Relative))).TrimStart('\uFEFF');
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Community,Compound,Code,", lines[0], StringComparison.Ordinal);
        Assert.Equal(await GraphQLTotalAsync(own), lines.Length - 1);
    }

    [Fact]
    public async Task Lists_refuse_an_unknown_list_or_format()
    {
        using var client = server.CreateClient("admin");
        using var response = await client.GetAsync(new Uri("/api/exports/lists/everything.xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var pdf = await client.GetAsync(new Uri("/api/exports/lists/inventory.pdf", UriKind.Relative));
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

    private async Task<int> GraphQLTotalAsync(string communityCode)
    {
        using var client = server.CreateClient("admin");
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new
        {
            query = "query($c: String) { hazards(filter: { communityCode: $c }, first: 1) { totalCount } }",
            variables = new { c = communityCode },
        });
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("data").GetProperty("hazards").GetProperty("totalCount").GetInt32();
    }

    private async Task<List<(string Code, string Name)>> CommunitiesAsync()
    {
        await using var command = server.DataSource.CreateCommand("SELECT code, name FROM communities ORDER BY code");
        await using var reader = await command.ExecuteReaderAsync();
        var communities = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            communities.Add((reader.GetString(0), reader.GetString(1)));
        }

        return communities;
    }

    private async Task<List<string>> CommunityNamesAsync() => [.. (await CommunitiesAsync()).Select(c => c.Name)];

    private async Task<long> ScalarAsync(string sql)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
