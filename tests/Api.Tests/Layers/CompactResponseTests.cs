using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FireMap.Api.Access;
using FireMap.Api.Layers;
using FireMap.TestHost;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FireMap.Api.Tests.Layers;

[Collection(FireMapServerCollection.Name)]
public sealed class CompactResponseTests(FireMapServerFixture server)
{
    private const string CompoundNames = "{ compounds(first: 5) { edges { node { name } } } }";

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Layer_is_compressed_and_keeps_chinese_text_unescaped(string encoding)
    {
        using var client = RawClient(encoding);
        using var response = await client.GetAsync(new Uri("/api/layers/buildings.geojson", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);

        var compressed = await response.Content.ReadAsByteArrayAsync();
        var text = Decompress(encoding, compressed);
        Assert.True(compressed.Length * 3 < Encoding.UTF8.GetByteCount(text), "a layer compresses at least threefold");
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        Assert.Contains(text, c => c is >= '\u4e00' and <= '\u9fff');
        var features = JsonDocument.Parse(text).RootElement.GetProperty("features");
        Assert.True(features.GetArrayLength() > 1000, "the demo sub-district has over a thousand buildings");
    }

    [Fact]
    public async Task GraphQL_query_is_compressed_and_chinese_text_is_not_escaped()
    {
        using var client = RawClient("gzip");
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), Json(new { query = CompoundNames }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));

        var text = Decompress("gzip", await response.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        Assert.Contains(text, c => c is >= '\u4e00' and <= '\u9fff');
    }

    [Fact]
    public void GraphQL_serializer_writes_chinese_as_it_is_and_escapes_html_sensitive_characters()
    {
        var serializer = server.Services.GetRequiredService<IGraphQLTextSerializer>();
        var text = serializer.Serialize(new Dictionary<string, string> { ["name"] = "<b>跃进村</b> & 'x'" });
        Assert.Contains("跃进村", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain("&", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphQL_mutation_answer_is_never_compressed()
    {
        using var client = RawClient("gzip, br");
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative),
            Json(new { query = "mutation { createApiToken(name: \"compression check\", expiresInDays: 1) { token } }" }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("\"token\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_export_is_compressed()
    {
        using var client = RawClient("gzip");
        using var response = await client.GetAsync(new Uri("/api/exports/hazards.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task Large_layer_without_bbox_is_refused_with_a_problem_body_and_served_with_one()
    {
        var options = server.Services.GetRequiredService<IOptions<LayerOptions>>().Value;
        var before = options.MaxFeaturesWithoutBbox;
        options.MaxFeaturesWithoutBbox = 100;
        try
        {
            using var client = server.CreateClient();
            using var refused = await client.GetAsync(new Uri("/api/layers/buildings.geojson", UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
            Assert.Contains("bbox", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

            // A small layer is still served whole, and a large one within a bbox.
            using var small = await client.GetAsync(new Uri("/api/layers/stations.geojson", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, small.StatusCode);
            using var boxed = await client.GetAsync(new Uri("/api/layers/buildings.geojson?bbox=106.475,29.475,106.485,29.485", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, boxed.StatusCode);
        }
        finally
        {
            options.MaxFeaturesWithoutBbox = before;
        }
    }

    [Fact]
    public async Task Streamed_layer_equals_the_layer_postgresql_builds_whole()
    {
        using var client = server.CreateClient();
        var streamed = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/layers/fire-lanes.geojson", UriKind.Relative))).RootElement;

        await using var command = server.DataSource.CreateCommand(LayerQueries.AsFeatureCollection(LayerQueries.ByName["fire-lanes"]));
        command.Parameters.AddWithValue("west", NpgsqlTypes.NpgsqlDbType.Double, DBNull.Value);
        command.Parameters.AddWithValue("south", NpgsqlTypes.NpgsqlDbType.Double, DBNull.Value);
        command.Parameters.AddWithValue("east", NpgsqlTypes.NpgsqlDbType.Double, DBNull.Value);
        command.Parameters.AddWithValue("north", NpgsqlTypes.NpgsqlDbType.Double, DBNull.Value);
        command.Parameters.AddWithValue("scope", NpgsqlTypes.NpgsqlDbType.Bigint, DBNull.Value);
        var whole = JsonDocument.Parse((string)(await command.ExecuteScalarAsync())!).RootElement;

        Assert.True(JsonElement.DeepEquals(whole, streamed), "the streamed layer is the same FeatureCollection");
    }

    private HttpClient RawClient(string acceptEncoding)
    {
        // No automatic decompression: the test sees the bytes as sent.
        var client = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = new Uri(server.BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Accounts[Roles.Admin].Token);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        return client;
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private static string Decompress(string encoding, byte[] bytes)
    {
        using var input = new MemoryStream(bytes);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
