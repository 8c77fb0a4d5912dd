using System.Globalization;
using System.Net;
using System.Text;
using FireMap.TestHost;
using MiniExcelLibs;

namespace FireMap.Api.Tests.Risk;

[Collection(FireMapServerCollection.Name)]
public sealed class RiskExportTests(FireMapServerFixture server)
{
    private readonly RiskApi _api = new(server);

    [Fact]
    public async Task RiskRankingCsv_has_bom_chinese_header_and_one_row_per_compound_in_rank_order()
    {
        var lines = await CsvLinesAsync("/api/exports/risk-ranking.csv");

        var header = lines[0].Split(',');
        Assert.Equal(["排名", "社区", "小区编码", "小区", "风险分值", "风险等级", "可能性", "后果", "基准风险", "未整改隐患"], header[..10]);
        Assert.Equal(8 + 24 + 2, header.Length);
        Assert.Equal(await _api.ScalarAsync<int>("SELECT count(*) FROM compounds"), lines.Count - 1);
        Assert.Equal(Enumerable.Range(1, lines.Count - 1).Select(i => i.ToString(CultureInfo.InvariantCulture)), lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Contains(lines.Skip(1), l => l.Split(',')[5] == "重大风险");
    }

    [Fact]
    public async Task RiskRankingCsv_factor_columns_add_up_to_the_printed_score()
    {
        var lines = await CsvLinesAsync("/api/exports/risk-ranking.csv?lang=en");

        Assert.StartsWith("rank,community,compound_code,compound,score,level,likelihood,consequence,Baseline,", lines[0], StringComparison.Ordinal);
        foreach (var fields in lines.Skip(1).Select(l => l.Split(',')))
        {
            var shares = fields[8..32].Select(f => decimal.Parse(f, CultureInfo.InvariantCulture));
            Assert.Equal(decimal.Parse(fields[4], CultureInfo.InvariantCulture), shares.Sum());
        }
    }

    [Fact]
    public async Task RiskRankingCsv_for_a_level_and_community_has_the_rankings_count()
    {
        var code = await _api.ScalarAsync<string>("SELECT c.code FROM communities c JOIN compounds x ON x.community_id = c.id GROUP BY c.code ORDER BY count(*) DESC, c.code LIMIT 1");
        var expected = (await _api.DataAsync($"{{ compoundRanking(level: GENERAL, communityCode: \"{code}\") {{ totalCount }} }}"))
            .GetProperty("compoundRanking").GetProperty("totalCount").GetInt32();

        var lines = await CsvLinesAsync($"/api/exports/risk-ranking.csv?level=general&communityCode={code}");

        Assert.Equal(expected, lines.Count - 1);
        Assert.All(lines.Skip(1), l => Assert.Equal("一般风险", l.Split(',')[5]));
    }

    [Fact]
    public async Task RiskRankingXlsx_opens_with_the_same_rows_and_numeric_scores()
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/exports/risk-ranking.xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(await _api.ScalarAsync<int>("SELECT count(*) FROM compounds"), rows.Count);
        Assert.Contains("消防车通道", rows[0].Keys);
        Assert.All(rows, r => Assert.InRange(Convert.ToDouble(r["风险分值"], CultureInfo.InvariantCulture), 0, 100));
        Assert.Equal(1.0, Convert.ToDouble(rows[0]["排名"], CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("/api/exports/risk-ranking.csv?level=extreme", HttpStatusCode.BadRequest)]
    [InlineData("/api/exports/risk-ranking.csv?asOf=yesterday", HttpStatusCode.BadRequest)]
    [InlineData("/api/exports/risk-ranking.csv?communityCode=nope", HttpStatusCode.BadRequest)]
    [InlineData("/api/exports/risk-ranking.csv?asOf=2001-01-01", HttpStatusCode.NotFound)]
    [InlineData("/api/exports/risk-ranking.pdf", HttpStatusCode.NotFound)]
    public async Task RiskRanking_export_with_bad_parameter_is_refused(string url, HttpStatusCode status)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
    }

    private async Task<List<string>> CsvLinesAsync(string url)
    {
        using var client = server.CreateClient();
        var bytes = await client.GetByteArrayAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return [.. Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];
    }
}
