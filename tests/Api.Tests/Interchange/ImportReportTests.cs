using System.Net;
using System.Text;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Interchange;

/// <summary>Dry runs write nothing (checked row by row), every problem is reported, and XLSX/CSV rows with real addresses are placed or listed.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class ImportReportTests(FireMapServerFixture server)
{
    private readonly InterchangeApi _api = new(server);

    [Fact]
    public async Task Dry_run_of_a_changed_export_reports_the_changes_and_leaves_every_row_as_it_was()
    {
        var before = await RowsAsync();
        var file = Encoding.UTF8.GetString(await _api.ExportAsync("stations", "csv")).Split('\n').ToList();
        var header = file[0].Split(',');
        var staff = Array.IndexOf(header, "staff");
        var cells = file[1].Split(',');
        cells[staff] = "99";
        file[1] = string.Join(',', cells);
        file.Insert(2, file[2].Replace(file[2].Split(',')[0], "T-DRY-NEW", StringComparison.Ordinal));

        var (status, report) = await _api.ImportAsync("stations", "stations.csv", Encoding.UTF8.GetBytes(string.Join('\n', file)), "?mode=upsert&dryRun=true");

        Assert.True(status == HttpStatusCode.OK, report.ToString());
        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.Equal(1, report.GetProperty("inserted").GetInt32());
        Assert.Equal(1, report.GetProperty("updated").GetInt32());
        Assert.Equal(before, await RowsAsync());
    }

    [Fact]
    public async Task Import_reports_every_problem_of_every_record_and_writes_nothing()
    {
        var community = await _api.ScalarAsync<string>("SELECT code FROM communities ORDER BY code LIMIT 1");
        var csv = "code,name,kind,address,community_code,staff,lon,lat\n" +
            $"T-ERR-1,好站,fire_station,跃进村路1号,{community},3,106.48,29.48\n" +
            $"T-ERR-2,,rocket,跃进村路2号,{community},-1,106.48,29.48\n" +
            $"T-ERR-3,坏站,micro_station,跃进村路3号,NO-SUCH,2,106.48,29.48\n" +
            $"T-ERR-4,远站,micro_station,跃进村路4号,{community},2,116.40,39.90\n";
        var before = await RowsAsync();

        var (status, problem) = await _api.ImportAsync("stations", "stations.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("record").GetInt32(), e.GetProperty("field").GetString())).ToList();
        Assert.Equal([(2, "name"), (2, "kind"), (2, "staff"), (3, "community_code"), (4, "geometry")], errors);
        Assert.Equal(2, problem.GetProperty("record").GetInt32());
        Assert.Equal(before, await RowsAsync());
    }

    [RealDataFact]
    public async Task Csv_of_real_chongqing_addresses_lists_the_rows_the_geocoder_cannot_place_instead_of_guessing()
    {
        var community = await _api.ScalarAsync<string>("SELECT code FROM communities ORDER BY code LIMIT 1");
        var addresses = Encoding.UTF8.GetString(RealData.Read("cn_address", "cpca_tests_addr_chongqing.csv"))
            .Split('\n').Skip(1).Where(line => line.Contains(',', StringComparison.Ordinal)).Take(20)
            .Select(line => line[..line.LastIndexOf(',')].Trim('"')).ToList();
        var csv = "code,name,category,address,community_code\n" + string.Join('\n', addresses.Select((address, i) =>
            $"T-CPCA-{i},企业{i},factory,\"{address.Replace("\"", "\"\"", StringComparison.Ordinal)}\",{community}"));

        var (status, report) = await _api.ImportAsync("places", "企业.csv", Encoding.UTF8.GetBytes(csv), "?dryRun=true");

        Assert.True(status == HttpStatusCode.OK, report.ToString());
        var skipped = report.GetProperty("skipped").GetArrayLength();
        Assert.Equal(addresses.Count, skipped + report.GetProperty("inserted").GetInt32());
        Assert.True(skipped > 0, "real company addresses outside the demo gazetteer are listed, not placed at a guess");
        Assert.Equal(0L, await _api.ScalarAsync<long>("SELECT count(*) FROM places WHERE code LIKE 'T-CPCA-%'"));
    }

    // Every column of every station, as text, in code order: what "nothing changed" is checked against.
    private Task<string> RowsAsync() =>
        _api.ScalarAsync<string>("SELECT coalesce(string_agg(s::text, E'\\n' ORDER BY s.code), '') FROM stations s");
}
