using System.Net;
using System.Text;
using FireMap.TestHost;
using MiniExcelLibs;

namespace FireMap.Api.Tests.Exports;

[Collection(FireMapServerCollection.Name)]
public sealed class BlockageExportTests(FireMapServerFixture server)
{
    [Fact]
    public async Task BlockagesCsv_for_a_community_lists_its_active_blockages_with_chinese_header()
    {
        var (community, expected) = await BusiestCommunityAsync();
        using var client = server.CreateClient();

        var bytes = await client.GetByteArrayAsync(new Uri($"/api/exports/blockages.csv?community={community}", UriKind.Relative));

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("社区,小区,通道编码,占用编码,原因,剩余宽度(米),上报时间,状态,清除时间,备注", lines[0]);
        Assert.Equal(expected, lines.Count - 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",未清除,", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BlockagesXlsx_opens_as_a_workbook_with_the_same_rows()
    {
        var (community, expected) = await BusiestCommunityAsync();
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri($"/api/exports/blockages.xlsx?community={community}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(expected, rows.Count);
        Assert.Contains("占用编码", rows[0].Keys);
        Assert.All(rows, r => Assert.Equal("未清除", r["状态"]));
    }

    [Fact]
    public async Task Blockages_export_in_unknown_format_is_not_found()
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri("/api/exports/blockages.pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(string Community, int Active)> BusiestCommunityAsync()
    {
        await using var command = server.DataSource.CreateCommand("""
            SELECT c.code, count(*)::int FROM blockages k JOIN fire_lanes l ON l.id = k.lane_id
            JOIN compounds x ON x.id = l.compound_id JOIN communities c ON c.id = x.community_id
            WHERE k.cleared_at IS NULL GROUP BY c.code ORDER BY count(*) DESC, c.code LIMIT 1
            """);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.GetInt32(1));
    }
}
