using System.Net;
using FireMap.Spatial.Interchange;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Interchange;

/// <summary>
/// Every layer exported in every format imports back unchanged: an upsert dry run of the exported
/// file finds each record identical (nothing to insert, nothing to update, nothing refused).
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class LayerRoundTripTests(FireMapServerFixture server)
{
    private readonly InterchangeApi _api = new(server);

    public static TheoryData<string, string> LayersAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var layer in ImportFormat.Layers)
        {
            foreach (var extension in new[] { "geojson", "zip", "gpkg", "csv", "xlsx", "kml" })
            {
                data.Add(layer.Name, extension);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LayersAndFormats))]
    public async Task Export_of_each_layer_in_each_format_imports_back_unchanged(string layer, string extension)
    {
        var count = await _api.ScalarAsync<long>($"SELECT count(*) FROM {ImportFormat.Get(layer).Table}");
        var file = await _api.ExportAsync(layer, extension);

        var (status, report) = await _api.ImportAsync(layer, $"{layer}.{extension}", file, "?mode=upsert&dryRun=true");

        Assert.True(status == HttpStatusCode.OK, report.ToString());
        Assert.True(report.GetProperty("valid").GetBoolean(), report.GetProperty("errors").ToString());
        Assert.Equal(0, report.GetProperty("inserted").GetInt32());
        Assert.True(report.GetProperty("updated").GetInt32() == 0, report.GetProperty("layers").ToString());
        Assert.Equal(count, report.GetProperty("unchanged").GetInt32());
    }

    [Theory]
    [InlineData("stations", "geojson", "EPSG:4544")]
    [InlineData("compounds", "zip", "EPSG:4544")]
    [InlineData("roads", "gpkg", "EPSG:4490")]
    [InlineData("hydrants", "geojson", "GCJ-02")]
    [InlineData("places", "csv", "BD-09")]
    public async Task Export_in_another_system_imports_back_unchanged_when_the_system_is_named(string layer, string extension, string crs)
    {
        var count = await _api.ScalarAsync<long>($"SELECT count(*) FROM {ImportFormat.Get(layer).Table}");
        var file = await _api.ExportAsync(layer, extension, crs);
        // GeoJSON, shapefiles and GeoPackages name their EPSG system; a web-map system is named by the user.
        var query = crs.StartsWith("EPSG", StringComparison.Ordinal) ? "?mode=upsert&dryRun=true" : $"?mode=upsert&dryRun=true&crs={crs}";

        var (status, report) = await _api.ImportAsync(layer, $"{layer}.{extension}", file, query);

        Assert.True(status == HttpStatusCode.OK, report.ToString());
        Assert.True(report.GetProperty("valid").GetBoolean(), report.GetProperty("errors").ToString());
        Assert.True(report.GetProperty("updated").GetInt32() == 0, report.GetProperty("layers").ToString());
        Assert.Equal(count, report.GetProperty("unchanged").GetInt32());
    }
}
