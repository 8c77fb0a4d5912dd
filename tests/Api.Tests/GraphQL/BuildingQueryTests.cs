using System.Text.Json;
using FireMap.TestHost;
using static FireMap.Api.Tests.GraphQL.GraphQLRequests;

namespace FireMap.Api.Tests.GraphQL;

[Collection(FireMapServerCollection.Name)]
public sealed class BuildingQueryTests(FireMapServerFixture server)
{
    private const string BuildingsPage = """
        query($bbox: BBoxInput, $first: Int, $after: String) {
          buildings(bbox: $bbox, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node { id code name isHighRise heightMeters useClass geometry } }
          }
        }
        """;

    [Fact]
    public async Task Buildings_paged_through_every_page_returns_each_building_once_in_id_order()
    {
        using var client = server.CreateClient();
        var seen = new List<long>();
        string? after = null;
        int? total = null;
        do
        {
            var body = await PostAsync(client, BuildingsPage, new { first = 200, after });
            var connection = body.GetProperty("data").GetProperty("buildings");
            total ??= connection.GetProperty("totalCount").GetInt32();
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => long.Parse(e.GetProperty("node").GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
            after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);

        Assert.Equal(await CountAsync("SELECT count(*) FROM buildings"), (long)total!.Value);
        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Order(), seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Buildings_in_bbox_match_the_same_filter_run_in_postgis()
    {
        using var client = server.CreateClient();
        var bbox = new { west = 106.475, south = 29.475, east = 106.485, north = 29.485 };
        var body = await PostAsync(client, BuildingsPage, new { bbox, first = 500 });
        var connection = body.GetProperty("data").GetProperty("buildings");

        var expected = await CountAsync("SELECT count(*) FROM buildings WHERE geom && ST_MakeEnvelope(106.475, 29.475, 106.485, 29.485, 4326)");
        Assert.True(expected > 0, "the demo data should have buildings in the test box");
        Assert.Equal(expected, connection.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected, connection.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task Building_by_id_has_geojson_footprint_and_derived_high_rise()
    {
        var id = await CountAsync("SELECT id FROM buildings WHERE is_high_rise ORDER BY id LIMIT 1");
        using var client = server.CreateClient();
        var body = await PostAsync(client, "query($id: ID!) { building(id: $id) { id isHighRise heightMeters useClass geometry } }", new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var building = body.GetProperty("data").GetProperty("building");

        Assert.True(building.GetProperty("isHighRise").GetBoolean());
        Assert.Equal("MultiPolygon", building.GetProperty("geometry").GetProperty("type").GetString());
        var height = building.GetProperty("heightMeters").GetDouble();
        var limit = building.GetProperty("useClass").GetString() == "RESIDENTIAL" ? 27 : 24;
        Assert.True(height > limit, $"a high-rise of {height} m exceeds {limit} m (GB 50016)");
    }

    [Theory]
    [InlineData("{ building(id: \"999999999\") { id } }", "NOT_FOUND")]
    [InlineData("{ building(id: \"abc\") { id } }", "BAD_USER_INPUT")]
    [InlineData("{ buildings(first: 501) { totalCount } }", "BAD_USER_INPUT")]
    [InlineData("{ buildings(first: 0) { totalCount } }", "BAD_USER_INPUT")]
    [InlineData("{ buildings(after: \"not-a-cursor\") { totalCount } }", "BAD_USER_INPUT")]
    [InlineData("{ buildings(bbox: {west: 107, south: 29, east: 106, north: 30}) { totalCount } }", "BAD_USER_INPUT")]
    [InlineData("{ buildings(bbox: {west: 106, south: 95, east: 107, north: 96}) { totalCount } }", "BAD_USER_INPUT")]
    [InlineData("{ compound(id: \"999999999\") { id } }", "NOT_FOUND")]
    [InlineData("{ compounds(first: 100000) { totalCount } }", "BAD_USER_INPUT")]
    public async Task Query_with_bad_argument_gets_error_code_not_server_error(string query, string code)
    {
        using var client = server.CreateClient();
        var body = await PostAsync(client, query);
        Assert.Equal(code, FirstErrorCode(body));
    }

    [Fact]
    public async Task Query_nested_deeper_than_limit_is_refused_before_execution()
    {
        var nested = string.Concat(Enumerable.Repeat("ofType { ", 20)) + "name" + string.Concat(Enumerable.Repeat(" }", 20));
        using var client = server.CreateClient();
        var body = await PostAsync(client, "{ __schema { types { fields { type { " + nested + " } } } } }");

        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null);
        Assert.Contains("depth", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Building_type_exposes_personal_fields_only_through_the_chief_field()
    {
        using var client = server.CreateClient();
        var body = await PostAsync(client, """{ __type(name: "Building") { fields { name } } }""");
        var names = body.GetProperty("data").GetProperty("__type").GetProperty("fields").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString()!.ToLowerInvariant()).ToList();

        Assert.Contains("address", names);
        Assert.Contains("chief", names);
        Assert.DoesNotContain(names, n => n.Contains("phone", StringComparison.Ordinal) || n == "chiefname");
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
