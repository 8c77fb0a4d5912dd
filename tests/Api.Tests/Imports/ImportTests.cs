using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Imports;

[Collection(FireMapServerCollection.Name)]
public sealed class ImportTests(FireMapServerFixture server)
{
    [Theory]
    [InlineData("communities.geojson", "communities")]
    [InlineData("grids.geojson", "grids")]
    [InlineData("compounds.geojson", "compounds")]
    [InlineData("buildings.geojson", "buildings")]
    [InlineData("places.geojson", "places")]
    [InlineData("roads.geojson", "roads")]
    [InlineData("fire-lanes.geojson", "fire_lanes")]
    [InlineData("blockages.geojson", "blockages")]
    [InlineData("stations.geojson", "stations")]
    [InlineData("hydrants.geojson", "hydrants")]
    [InlineData("incidents.geojson", "incidents")]
    public async Task Demo_data_first_start_loads_every_feature_of_each_file(string file, string table)
    {
        var path = Path.Combine(server.Root, "data", "demo", file);
        var codes = JsonDocument.Parse(await File.ReadAllTextAsync(path)).RootElement.GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("code").GetString()!).ToArray();
        await using var command = server.DataSource.CreateCommand($"SELECT count(*) FROM {table} WHERE code = ANY (@codes)");
        command.Parameters.AddWithValue("codes", codes);
        Assert.Equal(codes.Length, Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Demo_hazards_csv_loads_every_row_placed_on_its_subject()
    {
        var rows = File.ReadAllLines(Path.Combine(server.Root, "data", "demo", "hazards.csv")).Count(l => l.Length > 0) - 1;
        Assert.Equal(rows, await CountAsync("SELECT count(*) FROM hazards WHERE code NOT LIKE 'T-%'"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM hazards WHERE geom IS NULL OR ST_IsEmpty(geom)"));
    }

    [Fact]
    public async Task Import_of_valid_file_adds_records_and_audits_them()
    {
        var community = await ScalarAsync<string>("SELECT code FROM communities ORDER BY id LIMIT 1");
        var before = await CountAsync("SELECT count(*) FROM audit_log WHERE action = 'import' AND actor = 'admin'");
        var file = Stations(("T-S1", community, "[106.48, 29.48]"), ("T-S2", community, "[106.481, 29.481]"));

        using var response = await PostAsync(("stations.geojson", file));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM stations WHERE code IN ('T-S1', 'T-S2')"));
        Assert.Equal(before + 1, await CountAsync("SELECT count(*) FROM audit_log WHERE action = 'import' AND actor = 'admin'"));
    }

    [Fact]
    public async Task Import_of_a_place_stores_its_responsible_unit()
    {
        var community = await ScalarAsync<string>("SELECT c.code FROM places p JOIN communities c ON c.id = p.community_id ORDER BY p.id LIMIT 1");
        var point = await ScalarAsync<string>("SELECT '[' || ST_X(geom)::text || ', ' || ST_Y(geom)::text || ']' FROM places ORDER BY id LIMIT 1");
        var file = "{\"type\":\"FeatureCollection\",\"features\":[" +
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":" + point + "},\"properties\":{\"code\":\"T-P-UNIT1\"," +
            "\"name\":\"测试餐馆\",\"category\":\"restaurant\",\"address\":\"跃进村路2号\",\"community_code\":\"" + community + "\"," +
            "\"responsible_unit\":\"测试餐饮有限公司\"}}," +
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":" + point + "},\"properties\":{\"code\":\"T-P-UNIT2\"," +
            "\"name\":\"测试商店\",\"category\":\"market\",\"address\":\"跃进村路3号\",\"community_code\":\"" + community + "\"}}]}";

        try
        {
            using var response = await PostAsync(("places.geojson", file));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("测试餐饮有限公司", await ScalarAsync<string>("SELECT responsible_unit FROM places WHERE code = 'T-P-UNIT1'"));
            Assert.Equal(1, await CountAsync("SELECT count(*) FROM places WHERE code = 'T-P-UNIT2' AND responsible_unit IS NULL"));
        }
        finally
        {
            await using var cleanup = server.DataSource.CreateCommand("DELETE FROM places WHERE code IN ('T-P-UNIT1', 'T-P-UNIT2')");
            await cleanup.ExecuteNonQueryAsync();
        }
    }

    [Theory]
    [InlineData("[106.48, 29.48]", "NO-SUCH-COMMUNITY", 2, "community_code")]
    [InlineData("[3500000.0, 600000.0]", null, 2, "geometry")]
    public async Task Import_with_bad_record_is_rejected_whole_naming_record_and_field(string point, string? community, int record, string field)
    {
        var good = await ScalarAsync<string>("SELECT code FROM communities ORDER BY id LIMIT 1");
        var before = await CountAsync("SELECT count(*) FROM stations");
        var file = Stations(("T-BAD1", good, "[106.48, 29.48]"), ("T-BAD2", community ?? good, point));

        using var response = await PostAsync(("stations.geojson", file));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("stations", problem.GetProperty("layer").GetString());
        Assert.Equal(record, problem.GetProperty("record").GetInt32());
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Equal(before, await CountAsync("SELECT count(*) FROM stations"));
    }

    [Fact]
    public async Task Import_of_two_files_where_second_fails_writes_neither()
    {
        var good = await ScalarAsync<string>("SELECT code FROM communities ORDER BY id LIMIT 1");
        var stationsBefore = await CountAsync("SELECT count(*) FROM stations");
        const string hydrants = """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[106.48,29.48]},"properties":{"code":"T-H1","kind":"pink","status":"ok"}}]}""";

        using var response = await PostAsync(("stations.geojson", Stations(("T-ATOM", good, "[106.48, 29.48]"))), ("hydrants.geojson", hydrants));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'pink' is not one of", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(stationsBefore, await CountAsync("SELECT count(*) FROM stations"));
    }

    [Fact]
    public async Task Import_of_unknown_file_name_gets_problem_naming_expected_files()
    {
        using var response = await PostAsync(("towers.geojson", "{}"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("buildings.geojson", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Stations(params (string Code, string Community, string Point)[] stations)
    {
        var features = stations.Select(s =>
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":" + s.Point + "}," +
            "\"properties\":{\"code\":\"" + s.Code + "\",\"name\":\"测试微型消防站\",\"kind\":\"micro_station\"," +
            "\"address\":\"跃进村路1号\",\"community_code\":\"" + s.Community + "\",\"staff\":6}}");
        return "{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(",", features) + "]}";
    }

    private async Task<HttpResponseMessage> PostAsync(params (string Name, string Content)[] files)
    {
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Add("X-FireMap-Request", "1");
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            form.Add(new StringContent(content, Encoding.UTF8, "application/geo+json"), "files", name);
        }

        return await client.PostAsync(new Uri("/api/imports", UriKind.Relative), form);
    }

    private async Task<long> CountAsync(string sql) => Convert.ToInt64(await ScalarAsync<object>(sql), CultureInfo.InvariantCulture);

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
