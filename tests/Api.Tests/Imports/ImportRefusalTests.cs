using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Imports;

/// <summary>Bad bytes, bad shapes and unwanted text in import files: each a 400 naming the field, nothing written.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class ImportRefusalTests(FireMapServerFixture server)
{
    private const string Point = "{\"type\":\"Point\",\"coordinates\":[106.48,29.48]}";

    public static TheoryData<string, string, string, string?> StationCases => new()
    {
        { "nul in name", Point, Props(name: "消防\\u0000站"), "name" },
        { "lone surrogate", Point, Props(name: "\\ud800站"), "name" },
        { "control character", Point, Props(name: "站\\u0007"), "name" },
        { "formula in name", Point, Props(name: "=HYPERLINK(\\\"http://x\\\")"), "name" },
        { "formula with at", Point, Props(address: "@SUM(1+1)"), "address" },
        { "formula with tab", Point, Props(address: "\\t=1"), "address" },
        { "overlong name", Point, Props(name: new string('名', 201)), "name" },
        { "overlong address", Point, Props(address: new string('路', 2001)), "address" },
        { "count past int", Point, Props(extra: ",\"staff\":1e20"), "staff" },
        { "negative count", Point, Props(extra: ",\"staff\":-1"), "staff" },
        { "five coordinates", "{\"type\":\"Point\",\"coordinates\":[106.48,29.48,1,2,3]}", Props(), "geometry" },
        { "one coordinate", "{\"type\":\"Point\",\"coordinates\":[106.48]}", Props(), "geometry" },
        { "string coordinate", "{\"type\":\"Point\",\"coordinates\":[\"106.48\",29.48]}", Props(), "geometry" },
        { "nested too deep", "{\"type\":\"Point\",\"coordinates\":[[106.48,29.48]]}", Props(), "geometry" },
        { "unknown type", "{\"type\":\"Circle\",\"coordinates\":[106.48,29.48]}", Props(), "geometry" },
        { "outside area", "{\"type\":\"Point\",\"coordinates\":[116.40,39.90]}", Props(), "geometry" },
        { "projected crs", "{\"type\":\"Point\",\"coordinates\":[106.48,29.48],\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:4547\"}}}", Props(), "crs" },
    };

    [Theory]
    [MemberData(nameof(StationCases))]
    public async Task Import_of_station_with_bad_value_is_refused_naming_the_field(string because, string geometry, string properties, string? field)
    {
        var before = await CountAsync("stations");
        var file = $$"""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{{geometry}},"properties":{{properties}}}]}""";

        var (status, problem, text) = await PostAsync(("stations.geojson", Encoding.UTF8.GetBytes(file.Replace("{community}", await CommunityAsync(), StringComparison.Ordinal))));

        Assert.True(status == HttpStatusCode.BadRequest, $"{because}: {status} {text}");
        Assert.Equal("BAD_USER_INPUT", problem.GetProperty("code").GetString());
        Assert.Equal(field, problem.GetProperty("field").GetString());
        AssertNoInternals(text);
        Assert.Equal(before, await CountAsync("stations"));
    }

    [Fact]
    public async Task Import_with_crs84_and_a_height_is_accepted_as_2d()
    {
        var code = "T-Z" + Guid.NewGuid().ToString("N")[..8];
        var properties = Props(code: code).Replace("{community}", await CommunityAsync(), StringComparison.Ordinal);
        var file = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:OGC:1.3:CRS84\"}},"
            + "\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[106.48,29.48,312.5]},\"properties\":" + properties + "}]}";
        var (status, _, text) = await PostAsync(("stations.geojson", Encoding.UTF8.GetBytes(file)));
        Assert.True(status == HttpStatusCode.OK, text);
    }

    [Fact]
    public async Task Import_of_blockage_with_service_code_form_is_refused()
    {
        await using var command = server.DataSource.CreateCommand("SELECT code FROM fire_lanes ORDER BY id LIMIT 1");
        var lane = (string)(await command.ExecuteScalarAsync())!;
        var file = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":" + Point + ",\"properties\":{\"code\":\"BK999999\",\"lane_code\":\""
            + lane + "\",\"cause\":\"parked_car\",\"remaining_width_m\":2.5,\"reported_at\":\"2026-11-29T09:30:00+08:00\"}}]}";
        var before = await CountAsync("blockages");

        var (status, problem, text) = await PostAsync(("blockages.geojson", Encoding.UTF8.GetBytes(file)));

        Assert.True(status == HttpStatusCode.BadRequest, text);
        Assert.Equal("code", problem.GetProperty("field").GetString());
        Assert.Contains("BK", text, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync("blockages"));
    }

    [Fact]
    public async Task Import_of_gbk_csv_is_refused_and_nothing_is_stored_garbled()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var header = File.ReadLines(Path.Combine(server.Root, "data", "demo", "hazards.csv")).First();
        var row = "T-GBK1,building,XQ067-04,blocked_exit,楼梯间堆放杂物,general,2026-05-18,2026-07-17,钢花社区居民委员会,open,false,,,106.48,29.48";
        var gbk = Encoding.GetEncoding("GBK").GetBytes(header + "\n" + row + "\n");
        var before = await CountAsync("hazards");

        var (status, _, text) = await PostAsync(("hazards.csv", gbk));

        Assert.True(status == HttpStatusCode.BadRequest, text);
        Assert.Contains("UTF-8", text, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync("hazards"));
    }

    [Theory]
    [InlineData("binary")]
    [InlineData("zip")]
    [InlineData("unclosed quote")]
    public async Task Import_of_csv_that_is_not_csv_text_is_refused(string kind)
    {
        byte[] bytes = kind switch
        {
            "binary" => [.. Enumerable.Range(0, 512).Select(i => (byte)(i * 37 % 256))],
            "zip" => [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00],
            _ => Encoding.UTF8.GetBytes("code,name\n\"T-Q1,unclosed\nT-Q2,x\n"),
        };
        var (status, problem, text) = await PostAsync(("hazards.csv", bytes));

        Assert.True(status == HttpStatusCode.BadRequest, text);
        Assert.Equal("BAD_USER_INPUT", problem.GetProperty("code").GetString());
        AssertNoInternals(text);
    }

    [Theory]
    [InlineData("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"files\"; filename=\"stations.geojson\"\r\n\r\n{")]
    [InlineData("multipart/form-data; boundary=xyz", "garbage without boundary")]
    [InlineData("multipart/form-data", "--xyz--")]
    [InlineData("multipart/form-data; boundary=\"\"", "")]
    public async Task Import_with_malformed_multipart_body_gets_4xx(string contentType, string body)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        request.Headers.Add("X-FireMap-Request", "1");
        using var response = await client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode} {text}");
        AssertNoInternals(text);
    }

    internal static void AssertNoInternals(string text)
    {
        foreach (var marker in new[] { "System.", "Npgsql", "Exception", "   at ", "NetTopologySuite", "FireMap.", "SQLSTATE", "postgres" })
        {
            Assert.False(text.Contains(marker, StringComparison.OrdinalIgnoreCase), $"'{marker}' in {text}");
        }
    }

    private static string Props(string? code = null, string name = "测试站", string address = "跃进村路1号", string extra = "") =>
        $$"""{"code":"{{code ?? "T-R" + Guid.NewGuid().ToString("N")[..8]}}","name":"{{name}}","kind":"micro_station","address":"{{address}}","community_code":"{community}"{{extra}}}""";

    private async Task<string> CommunityAsync()
    {
        await using var command = server.DataSource.CreateCommand("SELECT code FROM communities ORDER BY id LIMIT 1");
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> CountAsync(string table)
    {
        await using var command = server.DataSource.CreateCommand($"SELECT count(*) FROM {table}");
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private async Task<(HttpStatusCode Status, JsonElement Problem, string Text)> PostAsync(params (string Name, byte[] Content)[] files)
    {
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Add("X-FireMap-Request", "1");
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "files", name);
        }

        using var response = await client.PostAsync(new Uri("/api/imports", UriKind.Relative), form);
        var text = await response.Content.ReadAsStringAsync();
        var problem = text.StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return (response.StatusCode, problem, text);
    }
}
