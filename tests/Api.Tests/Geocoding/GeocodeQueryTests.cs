using System.Globalization;
using FireMap.TestHost;
using static FireMap.Api.Tests.GraphQL.GraphQLRequests;

namespace FireMap.Api.Tests.Geocoding;

[Collection(FireMapServerCollection.Name)]
public sealed class GeocodeQueryTests(FireMapServerFixture server)
{
    private const string Geocode = """
        query($a: String!) { geocode(address: $a, limit: 3) {
          input parsed { road houseNumber name building }
          best { level score confident id code name lon lat evidence }
          candidates { level score confident } } }
        """;

    [Fact]
    public async Task Geocode_building_address_with_prefix_and_numerals_rewritten_matches_that_building()
    {
        var (id, address) = await BuildingAsync();
        var rewritten = "重庆市大渡口区跃进村街道" + address.Replace("栋", "幢", StringComparison.Ordinal);
        using var client = server.CreateClient();

        var best = (await PostAsync(client, Geocode, new { a = rewritten })).GetProperty("data").GetProperty("geocode").GetProperty("best");

        Assert.Equal("BUILDING", best.GetProperty("level").GetString());
        Assert.Equal(id.ToString(CultureInfo.InvariantCulture), best.GetProperty("id").GetString());
        Assert.True(best.GetProperty("score").GetDouble() >= 0.8);
    }

    [Fact]
    public async Task Geocode_unknown_address_has_no_confident_match()
    {
        using var client = server.CreateClient();
        var result = (await PostAsync(client, Geocode, new { a = "上海市徐汇区漕溪北路88号" })).GetProperty("data").GetProperty("geocode");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.GetProperty("best").ValueKind);
        Assert.All(result.GetProperty("candidates").EnumerateArray(), c => Assert.False(c.GetProperty("confident").GetBoolean()));
    }

    [Fact]
    public async Task GeocodeBatch_answers_in_input_order()
    {
        var (id, address) = await BuildingAsync();
        using var client = server.CreateClient();
        var body = await PostAsync(client, "query($a: [String!]!) { geocodeBatch(addresses: $a) { input best { id } } }",
            new { a = new[] { "火星路1号", address } });
        var results = body.GetProperty("data").GetProperty("geocodeBatch").EnumerateArray().ToList();

        Assert.Equal(["火星路1号", address], results.Select(r => r.GetProperty("input").GetString()));
        Assert.Equal(id.ToString(CultureInfo.InvariantCulture), results[1].GetProperty("best").GetProperty("id").GetString());
    }

    [Fact]
    public async Task ReverseGeocode_point_inside_a_building_returns_it_at_zero_or_small_distance()
    {
        await using var command = server.DataSource.CreateCommand("SELECT id, ST_X(ST_PointOnSurface(geom)), ST_Y(ST_PointOnSurface(geom)) FROM buildings ORDER BY id LIMIT 1 OFFSET 7");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var (id, lon, lat) = (reader.GetInt64(0), reader.GetDouble(1), reader.GetDouble(2));
        using var client = server.CreateClient();

        var result = (await PostAsync(client, "query($lon: Float!, $lat: Float!) { reverseGeocode(point: {lon: $lon, lat: $lat}) { level id distanceMeters address } }", new { lon, lat }))
            .GetProperty("data").GetProperty("reverseGeocode");

        Assert.Equal("BUILDING", result.GetProperty("level").GetString());
        Assert.Equal(id.ToString(CultureInfo.InvariantCulture), result.GetProperty("id").GetString());
        Assert.True(result.GetProperty("distanceMeters").GetDouble() < 1);
    }

    [Theory]
    [InlineData("{ geocode(address: \"\") { input } }", "address")]
    [InlineData("{ geocode(address: \"   \") { input } }", "address")]
    [InlineData("{ geocode(address: \"钢花小区\", limit: 0) { input } }", "limit")]
    [InlineData("{ geocode(address: \"钢花小区\", limit: 21) { input } }", "limit")]
    [InlineData("{ reverseGeocode(point: {lon: 106.48, lat: 91}) { id } }", "point")]
    public async Task Geocode_with_bad_argument_is_refused_naming_it(string query, string argument)
    {
        using var client = server.CreateClient();
        var body = await PostAsync(client, query);
        Assert.Equal("BAD_USER_INPUT", FirstErrorCode(body));
        Assert.Equal(argument, body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("argument").GetString());
    }

    private async Task<(long Id, string Address)> BuildingAsync()
    {
        await using var command = server.DataSource.CreateCommand(
            "SELECT id, address FROM buildings WHERE compound_id IS NOT NULL AND code NOT LIKE 'P%' ORDER BY id LIMIT 1 OFFSET 100");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetString(1));
    }
}
