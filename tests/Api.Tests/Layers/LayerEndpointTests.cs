using System.Net;
using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Layers;

[Collection(FireMapServerCollection.Name)]
public sealed class LayerEndpointTests(FireMapServerFixture server)
{
    [Theory]
    [InlineData("communities", "Polygon")]
    [InlineData("grids", "Polygon")]
    [InlineData("compounds", "Polygon")]
    [InlineData("buildings", "Polygon")]
    [InlineData("places", "Point")]
    [InlineData("stations", "Point")]
    [InlineData("hydrants", "Point")]
    [InlineData("roads", "LineString")]
    [InlineData("fire-lanes", "LineString")]
    [InlineData("blockages", "Point")]
    public async Task Layer_is_a_valid_feature_collection_in_wgs84(string layer, string geometry)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri($"/api/layers/{layer}.geojson", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);

        var collection = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("FeatureCollection", collection.GetProperty("type").GetString());
        var features = collection.GetProperty("features").EnumerateArray().ToList();
        Assert.NotEmpty(features);
        foreach (var feature in features)
        {
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            Assert.Equal(JsonValueKind.Number, feature.GetProperty("id").ValueKind);
            Assert.EndsWith(geometry, feature.GetProperty("geometry").GetProperty("type").GetString(), StringComparison.Ordinal);
            Assert.All(Positions(feature.GetProperty("geometry").GetProperty("coordinates")), p =>
            {
                Assert.InRange(p.Lon, 105.0, 108.0);
                Assert.InRange(p.Lat, 28.0, 31.0);
            });
        }
    }

    [Fact]
    public async Task Buildings_layer_never_publishes_personal_fields()
    {
        using var client = server.CreateClient();
        var text = await client.GetStringAsync(new Uri("/api/layers/buildings.geojson", UriKind.Relative));
        Assert.DoesNotContain("chief", text, StringComparison.Ordinal);
        Assert.Contains("is_high_rise", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Layer_with_bbox_returns_only_features_meeting_it()
    {
        using var client = server.CreateClient();
        var all = await CountFeaturesAsync(client, "/api/layers/buildings.geojson");
        var part = await CountFeaturesAsync(client, "/api/layers/buildings.geojson?bbox=106.475,29.475,106.485,29.485");
        var none = await CountFeaturesAsync(client, "/api/layers/buildings.geojson?bbox=10,10,11,11");

        Assert.InRange(part, 1, all - 1);
        Assert.Equal(0, none);
    }

    [Theory]
    [InlineData("/api/layers/buildings.geojson?bbox=1,2,3", HttpStatusCode.BadRequest)]
    [InlineData("/api/layers/buildings.geojson?bbox=107,29,106,30", HttpStatusCode.BadRequest)]
    [InlineData("/api/layers/buildings.geojson?bbox=a,b,c,d", HttpStatusCode.BadRequest)]
    [InlineData("/api/layers/secrets.geojson", HttpStatusCode.NotFound)]
    public async Task Layer_with_bad_request_gets_problem_body(string url, HttpStatusCode status)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<int> CountFeaturesAsync(HttpClient client, string url) =>
        JsonDocument.Parse(await client.GetStringAsync(new Uri(url, UriKind.Relative))).RootElement.GetProperty("features").GetArrayLength();

    private static IEnumerable<(double Lon, double Lat)> Positions(JsonElement coordinates) =>
        coordinates[0].ValueKind == JsonValueKind.Number
            ? [(coordinates[0].GetDouble(), coordinates[1].GetDouble())]
            : coordinates.EnumerateArray().SelectMany(Positions);
}
