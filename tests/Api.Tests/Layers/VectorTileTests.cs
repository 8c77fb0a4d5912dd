using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FireMap.TestHost;
using NetTopologySuite.Features;
using NetTopologySuite.IO.VectorTiles.Mapbox;
using Npgsql;

namespace FireMap.Api.Tests.Layers;

[Collection(FireMapServerCollection.Name)]
public sealed class VectorTileTests(FireMapServerFixture server)
{
    [Theory]
    [InlineData("buildings", 16, "name")]
    [InlineData("compounds", 14, "name")]
    [InlineData("fire-lanes", 15, "effective_width_m")]
    [InlineData("places", 15, "name")]
    [InlineData("hazards", 15, "deadline")]
    [InlineData("risk-levels", 14, "score")]
    public async Task Tile_holds_the_layers_features_with_their_popup_attributes(string layer, int zoom, string detail)
    {
        await WaitForRiskRunAsync();
        var (x, y) = await TileOfFirstFeatureAsync(layer, zoom);
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri($"/api/tiles/{layer}/{zoom}/{x}/{y}.mvt", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.mapbox-vector-tile", response.Content.Headers.ContentType?.MediaType);

        var features = Decode(await response.Content.ReadAsByteArrayAsync(), layer, zoom, x, y);
        Assert.NotEmpty(features);
        Assert.All(features, f =>
        {
            Assert.True(f.Attributes.Exists(detail), $"{layer} at z{zoom} carries {detail}");
            Assert.False(f.Attributes.Exists("community_id"));
            // Decoded back to WGS84: within the demo sub-district's surroundings.
            Assert.InRange(f.Geometry.Centroid.X, 105.0, 108.0);
            Assert.InRange(f.Geometry.Centroid.Y, 28.0, 31.0);
        });
    }

    [Fact]
    public async Task Zoomed_out_tile_carries_styling_attributes_only_and_simpler_outlines()
    {
        var (x, y) = await TileOfFirstFeatureAsync("buildings", 14);
        using var client = server.CreateClient();
        var features = Decode(await client.GetByteArrayAsync(new Uri($"/api/tiles/buildings/14/{x}/{y}.mvt", UriKind.Relative)), "buildings", 14, x, y);
        Assert.NotEmpty(features);
        Assert.All(features, f =>
        {
            Assert.True(f.Attributes.Exists("use_class"));
            Assert.False(f.Attributes.Exists("name"));
            Assert.False(f.Attributes.Exists("address"));
        });

        // Below the buildings' first zoom the tile is empty rather than a city's worth of specks.
        var (x11, y11) = await TileOfFirstFeatureAsync("buildings", 11);
        using var empty = await client.GetAsync(new Uri($"/api/tiles/buildings/11/{x11}/{y11}.mvt", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Empty(await empty.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Unchanged_tile_answers_304_and_a_change_to_the_layer_changes_its_etag()
    {
        var (x, y) = await TileOfFirstFeatureAsync("buildings", 16);
        var url = new Uri($"/api/tiles/buildings/16/{x}/{y}.mvt", UriKind.Relative);
        using var client = server.CreateClient();
        using var first = await client.GetAsync(url);
        var etag = first.Headers.ETag!;
        Assert.Contains("no-cache", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.True(first.Headers.CacheControl.Private);

        using (var again = new HttpRequestMessage(HttpMethod.Get, url))
        {
            again.Headers.IfNoneMatch.Add(etag);
            using var notModified = await client.SendAsync(again);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        }

        var id = await FirstIdAsync("buildings");
        await ExecuteAsync("UPDATE buildings SET name = name || '（改）' WHERE id = @id", id);
        try
        {
            using var changed = new HttpRequestMessage(HttpMethod.Get, url);
            changed.Headers.IfNoneMatch.Add(etag);
            using var response = await client.SendAsync(changed);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.NotEqual(etag, response.Headers.ETag);
        }
        finally
        {
            await ExecuteAsync("UPDATE buildings SET name = left(name, length(name) - 3) WHERE id = @id", id);
        }
    }

    [Theory]
    [InlineData("community")]
    [InlineData("grid")]
    public async Task Scoped_role_gets_tiles_of_its_community_only(string role)
    {
        var community = server.Accounts[role].CommunityCode!;
        var (x, y) = await TileOfFirstFeatureAsync("compounds", 10);
        var url = new Uri($"/api/tiles/compounds/10/{x}/{y}.mvt", UriKind.Relative);
        using var admin = server.CreateClient();
        using var scoped = server.CreateClient(role);
        var all = Decode(await admin.GetByteArrayAsync(url), "compounds", 10, x, y);
        var own = Decode(await scoped.GetByteArrayAsync(url), "compounds", 10, x, y);

        var ownCodes = await CodesAsync("SELECT x.code FROM compounds x JOIN communities c ON c.id = x.community_id WHERE c.code = @c", community);
        Assert.Equal(await CountAsync("SELECT count(*) FROM compounds"), all.Count);
        Assert.Equal(ownCodes.Count, own.Count);
        Assert.All(own, f => Assert.Contains((string)f.Attributes["code"], ownCodes));
    }

    [Theory]
    [InlineData("/api/tiles/buildings/23/0/0.mvt", HttpStatusCode.BadRequest)]
    [InlineData("/api/tiles/buildings/2/4/0.mvt", HttpStatusCode.BadRequest)]
    [InlineData("/api/tiles/buildings/2/0/-1.mvt", HttpStatusCode.BadRequest)]
    [InlineData("/api/tiles/secrets/2/0/0.mvt", HttpStatusCode.NotFound)]
    public async Task Bad_tile_request_gets_a_problem_body(string url, HttpStatusCode status)
    {
        using var client = server.CreateClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/tiles/buildings/16/0/0.mvt")]
    [InlineData("/api/tiles")]
    public async Task Tile_needs_a_signed_in_user(string url)
    {
        using var client = server.CreateAnonymousClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Tile_index_lists_every_tiled_layer_and_calls_the_demo_sub_district_small()
    {
        using var client = server.CreateClient("viewer");
        using var index = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/tiles", UriKind.Relative)));

        var root = index.RootElement;
        var threshold = root.GetProperty("tilesFromFeatures").GetInt32();
        Assert.True(threshold > await CountAsync("SELECT count(*) FROM buildings"), "the demo's 1,084 buildings stay GeoJSON");
        var layers = root.GetProperty("layers").EnumerateArray().ToList();
        Assert.Equal(["buildings", "compounds", "fire-lanes", "hazards", "places", "risk-levels"],
            layers.Select(l => l.GetProperty("name").GetString()).Order());
        Assert.All(layers, l =>
        {
            Assert.False(l.GetProperty("large").GetBoolean());
            Assert.Equal($"api/tiles/{l.GetProperty("name").GetString()}/{{z}}/{{x}}/{{y}}.mvt", l.GetProperty("tiles").GetString());
            Assert.InRange(l.GetProperty("minZoom").GetInt32(), 0, l.GetProperty("detailZoom").GetInt32());
        });
    }

    [Fact]
    public async Task Tile_is_compressed_when_asked()
    {
        var (x, y) = await TileOfFirstFeatureAsync("buildings", 15);
        using var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = new Uri(server.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Accounts["admin"].Token);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Encoding", "gzip");
        using var response = await client.GetAsync(new Uri($"/api/tiles/buildings/15/{x}/{y}.mvt", UriKind.Relative));
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    private static List<IFeature> Decode(byte[] bytes, string layer, int z, int x, int y)
    {
        if (bytes.Length == 0)
        {
            return [];
        }

        using var stream = new MemoryStream(bytes);
        var tile = new MapboxTileReader().Read(stream, new NetTopologySuite.IO.VectorTiles.Tiles.Tile(x, y, z));
        return [.. Assert.Single(tile.Layers, l => l.Name == layer).Features];
    }

    // The tile holding the first feature's point on surface, by the slippy-map tile numbering.
    private async Task<(int X, int Y)> TileOfFirstFeatureAsync(string layer, int zoom)
    {
        var table = layer switch { "fire-lanes" => "fire_lanes", "risk-levels" => "compounds", _ => layer };
        await using var command = server.DataSource.CreateCommand($"""
            WITH p AS (SELECT ST_PointOnSurface(geom) AS g FROM {table} ORDER BY id LIMIT 1)
            SELECT floor((ST_X(g) + 180) / 360 * 2 ^ @z)::int,
                   floor((1 - ln(tan(radians(ST_Y(g))) + 1 / cos(radians(ST_Y(g)))) / pi()) / 2 * 2 ^ @z)::int
            FROM p
            """);
        command.Parameters.AddWithValue("z", zoom);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"the demo data have {layer}");
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    private async Task<long> FirstIdAsync(string table)
    {
        await using var command = server.DataSource.CreateCommand($"SELECT id FROM {table} ORDER BY id LIMIT 1");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql, long id)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<HashSet<string>> CodesAsync(string sql, string community)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("c", community);
        await using var reader = await command.ExecuteReaderAsync();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            codes.Add(reader.GetString(0));
        }

        return codes;
    }

    // The start-up risk run may still be going when this test is the first to run.
    private async Task WaitForRiskRunAsync()
    {
        for (var i = 0; i < 120 && await CountAsync("SELECT count(*) FROM risk_runs") == 0; i++)
        {
            await Task.Delay(500);
        }
    }
}
