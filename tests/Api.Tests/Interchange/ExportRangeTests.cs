using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Interchange;

/// <summary>
/// What GDAL's <c>/vsicurl/</c> and the map's import dialog ask of the service: <c>HEAD</c> and byte
/// ranges of a layer export (the same bytes every time), the layers and their fields, and a dry
/// run's preview of a file's own fields and first records.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class ExportRangeTests(FireMapServerFixture server)
{
    private readonly InterchangeApi _api = new(server);

    [Theory]
    [InlineData("gpkg")]
    [InlineData("zip")]
    public async Task Export_answers_head_and_byte_ranges_of_the_same_file(string extension)
    {
        var whole = await _api.ExportAsync("stations", extension);
        var path = new Uri($"/api/exports/layers/stations.{extension}", UriKind.Relative);
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip, br");

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("bytes", head.Headers.AcceptRanges.Single());
        Assert.Equal(whole.Length, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.NotNull(head.Headers.ETag);

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Range = new RangeHeaderValue(100, 611);
        using var part = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Empty(part.Content.Headers.ContentEncoding);
        Assert.Equal($"bytes 100-611/{whole.Length}", part.Content.Headers.ContentRange!.ToString());
        Assert.Equal(whole[100..612], await part.Content.ReadAsByteArrayAsync());
        Assert.Equal(head.Headers.ETag, part.Headers.ETag);
    }

    [Fact]
    public async Task Kml_is_wgs84_only_and_a_document_type_declaration_is_refused_before_anything_is_read()
    {
        using var client = server.CreateClient();
        using var projected = await client.GetAsync(new Uri("/api/exports/layers/stations.kml?crs=EPSG:4544", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, projected.StatusCode);

        const string Entity = """<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY x SYSTEM "file:///etc/passwd">]><kml xmlns="http://www.opengis.net/kml/2.2">&x;</kml>""";
        var (status, problem) = await _api.ImportAsync("stations", "stations.kml", Encoding.UTF8.GetBytes(Entity), "?dryRun=true");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(problem.GetProperty("valid").GetBoolean());
        Assert.Contains("XML", problem.GetProperty("errors")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("root:", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_layers_list_their_fields_and_a_dry_run_previews_the_file()
    {
        using var client = server.CreateClient();
        var layers = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/imports/layers", UriKind.Relative))).RootElement;
        var stations = layers.EnumerateArray().Single(l => l.GetProperty("name").GetString() == "stations");
        var kind = stations.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "kind");
        Assert.Equal("stationKind", kind.GetProperty("choices").GetString());
        Assert.Contains("fire_station", kind.GetProperty("codes").EnumerateArray().Select(c => c.GetString()));

        using var viewer = server.CreateClient("viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(new Uri("/api/imports/layers", UriKind.Relative))).StatusCode);

        var csv = "编号,站名,lon,lat\nP-1,一站,106.48,29.48\nP-2,二站,106.49,29.48\nP-3,三站,106.49,29.49\nP-4,四站,106.49,29.47\n";
        var (status, report) = await _api.ImportAsync("stations", "preview.csv", Encoding.UTF8.GetBytes(csv), "?dryRun=true");
        Assert.Equal(HttpStatusCode.OK, status);
        var layer = report.GetProperty("layers")[0];
        Assert.Equal(["编号", "站名", "lon", "lat"], layer.GetProperty("sourceFields").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(3, layer.GetProperty("sample").GetArrayLength());
        Assert.Equal("二站", layer.GetProperty("sample")[1].GetProperty("站名").GetString());
    }
}
