using System.Globalization;
using System.Net;
using System.Text;

namespace FireMap.Api.Tests.Interchange;

/// <summary>
/// An upsert with <c>retireMissing</c> removes the layer's records the file no longer names: shown
/// in a dry run without writing, audited when real, refused without <c>confirmRetire</c> when it
/// would take more than a quarter of the layer, and refused outside an upsert.
/// </summary>
public sealed class RetireMissingTests(RetireServerFixture server) : IClassFixture<RetireServerFixture>
{
    private readonly InterchangeApi _api = new(server);

    [Fact]
    public async Task Retire_missing_removes_what_the_file_leaves_out_and_asks_for_confirmation_before_a_large_cut()
    {
        var (status, report) = await _api.ImportAsync("hydrants", "h.csv", Hydrants(1, 8), "?mode=upsert");
        Assert.True(status == HttpStatusCode.OK, report.ToString());
        Assert.Equal(8L, await CountAsync());

        // H-8 is gone from the file: a dry run names it and removes nothing.
        (status, report) = await _api.ImportAsync("hydrants", "h.csv", Hydrants(1, 7), "?mode=upsert&retireMissing=true&dryRun=true");
        Assert.True(status == HttpStatusCode.OK, report.ToString());
        Assert.Equal(1, report.GetProperty("retired").GetInt32());
        Assert.Equal(["H-8"], report.GetProperty("layers")[0].GetProperty("retired").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(8L, await CountAsync());

        (status, report) = await _api.ImportAsync("hydrants", "h.csv", Hydrants(1, 7), "?mode=upsert&retireMissing=true");
        Assert.True(status == HttpStatusCode.OK, report.ToString());
        Assert.Equal((0, 7, 1), (report.GetProperty("inserted").GetInt32(), report.GetProperty("unchanged").GetInt32(), report.GetProperty("retired").GetInt32()));
        Assert.Equal(0L, await _api.ScalarAsync<long>("SELECT count(*) FROM hydrants WHERE code = 'H-8'"));
        Assert.Equal("H-8", await _api.ScalarAsync<string>(
            "SELECT after->'hydrants'->'retired'->>0 FROM audit_log WHERE action = 'import' ORDER BY id DESC LIMIT 1"));

        // A file of two of the seven would take five: refused, every problem named, nothing written.
        (status, report) = await _api.ImportAsync("hydrants", "h.csv", Hydrants(1, 2), "?mode=upsert&retireMissing=true");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("confirmRetire", report.GetProperty("errors")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(7L, await CountAsync());

        (status, report) = await _api.ImportAsync("hydrants", "h.csv", Hydrants(1, 2), "?mode=upsert&retireMissing=true&confirmRetire=true");
        Assert.True(status == HttpStatusCode.OK, report.ToString());
        Assert.Equal(5, report.GetProperty("retired").GetInt32());
        Assert.Equal(2L, await CountAsync());

        (status, _) = await _api.ImportAsync("hydrants", "h.csv", Hydrants(1, 2), "?mode=insert&retireMissing=true");
        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    private Task<long> CountAsync() => _api.ScalarAsync<long>("SELECT count(*) FROM hydrants");

    private static byte[] Hydrants(int first, int last)
    {
        var csv = new StringBuilder("code,kind,status,address,lon,lat\n");
        for (var n = first; n <= last; n++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"H-{n},above_ground,ok,跃进村路{n}号,{106.48 + n * 0.001},29.48\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }
}
