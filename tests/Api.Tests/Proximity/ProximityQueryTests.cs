using System.Globalization;
using System.Text.Json;
using FireMap.TestHost;
using static FireMap.Api.Tests.GraphQL.GraphQLRequests;

namespace FireMap.Api.Tests.Proximity;

[Collection(FireMapServerCollection.Name)]
public sealed class ProximityQueryTests(FireMapServerFixture server)
{
    private const double Lon = 106.48;
    private const double Lat = 29.48;

    private const string BuildingsPage = """
        query($lon: Float!, $lat: Float!, $r: Float!, $first: Int, $after: String, $filter: BuildingFilter) {
          buildingsWithin(center: {lon: $lon, lat: $lat}, radiusMeters: $r, first: $first, after: $after, filter: $filter) {
            totalCount
            summary { highRiseCount occupantsSum counts { key count } }
            pageInfo { hasNextPage endCursor }
            edges { cursor distanceMeters node { id isHighRise occupants useClass } }
          }
        }
        """;

    [Theory]
    [InlineData(400.0, 7, false)]
    [InlineData(1500.0, 5, true)]
    [InlineData(2500.0, 97, false)]
    public async Task BuildingsWithin_paged_equals_one_page_ordered_by_distance_then_id(double radius, int size, bool highRiseOnly)
    {
        using var client = server.CreateClient();
        object? filter = highRiseOnly ? new { highRise = true } : null;
        var whole = Edges(await PostAsync(client, BuildingsPage, new { lon = Lon, lat = Lat, r = radius, first = 500, filter }), "buildingsWithin");
        var paged = new List<(long Id, double Distance)>();
        string? after = null;
        do
        {
            var body = await PostAsync(client, BuildingsPage, new { lon = Lon, lat = Lat, r = radius, first = size, after, filter });
            paged.AddRange(Edges(body, "buildingsWithin"));
            var pageInfo = body.GetProperty("data").GetProperty("buildingsWithin").GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.True(whole.Count > 2 * size, $"the demo data should have more than two pages of buildings within {radius} m, had {whole.Count}");
        // The single page holds at most 500 hits; the pages must begin with exactly those.
        Assert.Equal(whole, paged.Take(whole.Count));
        Assert.Equal(paged.OrderBy(h => h.Distance).ThenBy(h => h.Id), paged);
        Assert.Equal(paged.Count, paged.Distinct().Count());
    }

    [Fact]
    public async Task BuildingsWithin_summary_covers_all_hits_not_just_the_page()
    {
        using var client = server.CreateClient();
        var all = await PostAsync(client, BuildingsPage, new { lon = Lon, lat = Lat, r = 600.0, first = 500 });
        var one = await PostAsync(client, BuildingsPage, new { lon = Lon, lat = Lat, r = 600.0, first = 1 });
        var connection = all.GetProperty("data").GetProperty("buildingsWithin");
        var nodes = connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        var summary = one.GetProperty("data").GetProperty("buildingsWithin").GetProperty("summary");

        Assert.Equal(nodes.Count, one.GetProperty("data").GetProperty("buildingsWithin").GetProperty("totalCount").GetInt32());
        Assert.Equal(nodes.Count(n => n.GetProperty("isHighRise").GetBoolean()), summary.GetProperty("highRiseCount").GetInt32());
        Assert.Equal(nodes.Sum(n => n.GetProperty("occupants").GetInt32()), summary.GetProperty("occupantsSum").GetInt32());
        var byClass = summary.GetProperty("counts").EnumerateArray().ToDictionary(c => c.GetProperty("key").GetString()!, c => c.GetProperty("count").GetInt32());
        Assert.Equal(nodes.GroupBy(n => n.GetProperty("useClass").GetString()!.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.Count()), byClass);
    }

    [Fact]
    public async Task BuildingsWithin_answers_the_same_with_or_without_the_joined_fields()
    {
        using var client = server.CreateClient();
        const string Fields = "id code name buildingNo address floors heightMeters useClass isHighRise builtYear occupants compoundId version";
        var variables = new { lon = Lon, lat = Lat, r = 800.0, first = 60 };
        var lean = await PostAsync(client, $$"""
            query($lon: Float!, $lat: Float!, $r: Float!, $first: Int) {
              buildingsWithin(center: {lon: $lon, lat: $lat}, radiusMeters: $r, first: $first) { edges { distanceMeters node { {{Fields}} } } }
            }
            """, variables);
        // The joined fields reached through a fragment, as a client's shared fragment would.
        var full = await PostAsync(client, $$"""
            query($lon: Float!, $lat: Float!, $r: Float!, $first: Int) {
              buildingsWithin(center: {lon: $lon, lat: $lat}, radiusMeters: $r, first: $first) { edges { distanceMeters node { {{Fields}} ...Joined } } }
            }
            fragment Joined on Building { compoundName communityCode communityName geometry }
            """, variables);

        var leanEdges = lean.GetProperty("data").GetProperty("buildingsWithin").GetProperty("edges").EnumerateArray().ToList();
        var fullEdges = full.GetProperty("data").GetProperty("buildingsWithin").GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(60, leanEdges.Count);
        Assert.Equal(leanEdges.Count, fullEdges.Count);
        foreach (var (leanEdge, fullEdge) in leanEdges.Zip(fullEdges))
        {
            Assert.Equal(leanEdge.GetProperty("distanceMeters").GetDouble(), fullEdge.GetProperty("distanceMeters").GetDouble());
            foreach (var field in Fields.Split(' '))
            {
                Assert.Equal(leanEdge.GetProperty("node").GetProperty(field).GetRawText(), fullEdge.GetProperty("node").GetProperty(field).GetRawText());
            }

            var node = fullEdge.GetProperty("node");
            Assert.False(string.IsNullOrEmpty(node.GetProperty("communityCode").GetString()));
            Assert.False(string.IsNullOrEmpty(node.GetProperty("communityName").GetString()));
            Assert.Equal("MultiPolygon", node.GetProperty("geometry").GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task BuildingsWithin_high_rise_filter_returns_only_high_rises()
    {
        using var client = server.CreateClient();
        var body = await PostAsync(client, BuildingsPage, new { lon = Lon, lat = Lat, r = 1500.0, first = 500, filter = new { highRise = true } });
        var nodes = Edges(body, "buildingsWithin");
        var flags = body.GetProperty("data").GetProperty("buildingsWithin").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("isHighRise").GetBoolean()).ToList();

        Assert.NotEmpty(nodes);
        Assert.All(flags, Assert.True);
    }

    [Fact]
    public async Task Station_buildingsWithin_equals_query_centred_on_the_station()
    {
        using var client = server.CreateClient();
        var station = (await PostAsync(client, "{ nearestStations(point: {lon: 106.48, lat: 29.48}, first: 1) { station { id geometry } } }"))
            .GetProperty("data").GetProperty("nearestStations")[0].GetProperty("station");
        var coordinates = station.GetProperty("geometry").GetProperty("coordinates");
        var (lon, lat) = (coordinates[0].GetDouble(), coordinates[1].GetDouble());

        var fromStation = await PostAsync(client, """
            query($id: ID!) { station(id: $id) { buildingsWithin(radiusMeters: 500, first: 500) { edges { cursor distanceMeters node { id } } } } }
            """, new { id = station.GetProperty("id").GetString() });
        var fromPoint = await PostAsync(client, BuildingsPage, new { lon, lat, r = 500.0, first = 500 });

        var expected = Edges(fromPoint, "buildingsWithin");
        var actual = fromStation.GetProperty("data").GetProperty("station").GetProperty("buildingsWithin").GetProperty("edges").EnumerateArray()
            .Select(e => (long.Parse(e.GetProperty("node").GetProperty("id").GetString()!, CultureInfo.InvariantCulture), e.GetProperty("distanceMeters").GetDouble()))
            .ToList();
        Assert.NotEmpty(expected);
        // The same buildings in the same order. The point query's centre is the station's position as
        // GeoJSON writes it (7 decimals), which differs from the stored one by ~1e-13°; spheroid
        // distances to two such centres may differ in the tenth of a micrometre.
        Assert.Equal(expected.Select(e => e.Item1), actual.Select(e => e.Item1));
        Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First.Item2, pair.Second.Item2, 1e-6));
    }

    [Fact]
    public async Task NearestStations_of_a_kind_are_that_kind_and_nearest_first()
    {
        using var client = server.CreateClient();
        var body = await PostAsync(client, "{ nearestStations(point: {lon: 106.48, lat: 29.48}, kinds: [MICRO_STATION], first: 4) { distanceMeters station { kind } } }");
        var rows = body.GetProperty("data").GetProperty("nearestStations").EnumerateArray().ToList();

        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal("MICRO_STATION", r.GetProperty("station").GetProperty("kind").GetString()));
        var distances = rows.Select(r => r.GetProperty("distanceMeters").GetDouble()).ToList();
        Assert.Equal(distances.Order(), distances);
    }

    [Fact]
    public async Task PlacesWithin_categories_filter_and_capacity_sum_agree()
    {
        using var client = server.CreateClient();
        var body = await PostAsync(client, """
            { placesWithin(center: {lon: 106.48, lat: 29.48}, radiusMeters: 2000, categories: [MARKET, SCHOOL], first: 500) {
                totalCount summary { capacitySum counts { key count } } edges { node { category capacity } } } }
            """);
        var connection = body.GetProperty("data").GetProperty("placesWithin");
        var nodes = connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();

        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Contains(n.GetProperty("category").GetString(), new[] { "MARKET", "SCHOOL" }));
        Assert.Equal(nodes.Sum(n => n.GetProperty("capacity").GetInt32()), connection.GetProperty("summary").GetProperty("capacitySum").GetInt32());
        Assert.Equal(nodes.Count, connection.GetProperty("totalCount").GetInt32());
    }

    private static List<(long Id, double Distance)> Edges(JsonElement body, string field) =>
        body.GetProperty("data").GetProperty(field).GetProperty("edges").EnumerateArray()
            .Select(e => (long.Parse(e.GetProperty("node").GetProperty("id").GetString()!, CultureInfo.InvariantCulture), e.GetProperty("distanceMeters").GetDouble()))
            .ToList();
}
