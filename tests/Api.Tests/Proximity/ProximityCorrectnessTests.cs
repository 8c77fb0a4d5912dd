using System.Globalization;
using FireMap.Spatial.Geodesy;
using FireMap.TestHost;
using NetTopologySuite.Geometries;
using static FireMap.Api.Tests.GraphQL.GraphQLRequests;

namespace FireMap.Api.Tests.Proximity;

/// <summary>
/// The hits of each radius search against a geodesic computation done independently of PostGIS
/// (Karney's algorithm in FireMap.Spatial.Geodesy): the same set, except items within 0.5 m of
/// the boundary, and the same distances to within 0.5 m.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class ProximityCorrectnessTests(FireMapServerFixture server)
{
    private const double Tolerance = 0.5;

    public static TheoryData<string, string, double> Searches => new()
    {
        { "buildingsWithin", "buildings", 150 },
        { "buildingsWithin", "buildings", 777 },
        { "buildingsWithin", "buildings", 2000 },
        { "placesWithin", "places", 600 },
        { "placesWithin", "places", 2500 },
        { "hydrantsWithin", "hydrants", 350 },
        { "hydrantsWithin", "hydrants", 1200 },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task RadiusSearch_hits_equal_independent_geodesic_computation(string field, string table, double radius)
    {
        var geometries = await LoadGeometriesAsync(table);
        var random = new Random(20261129);
        using var client = server.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            var (lon, lat) = (106.465 + random.NextDouble() * 0.03, 29.465 + random.NextDouble() * 0.03);
            var expected = geometries.ToDictionary(g => g.Key, g => Geodesic.DistanceMeters(lon, lat, g.Value));
            var hits = await AllHitsAsync(client, field, lon, lat, radius);

            foreach (var (id, distance) in hits)
            {
                Assert.True(Math.Abs(expected[id] - distance) <= Tolerance, $"{table} {id}: PostGIS {distance} m, geodesic {expected[id]} m");
                Assert.True(expected[id] <= radius + Tolerance, $"{table} {id} at {expected[id]} m is outside {radius} m");
            }

            var missing = expected.Where(e => e.Value < radius - Tolerance && !hits.ContainsKey(e.Key)).Select(e => e.Key).ToList();
            Assert.True(missing.Count == 0, $"{table} within {radius} m of ({lon}, {lat}) but not returned: {string.Join(", ", missing)}");
        }
    }

    private async Task<Dictionary<long, Geometry>> LoadGeometriesAsync(string table)
    {
        await using var command = server.DataSource.CreateCommand($"SELECT id, geom FROM {table}");
        await using var reader = await command.ExecuteReaderAsync();
        var geometries = new Dictionary<long, Geometry>();
        while (await reader.ReadAsync())
        {
            geometries[reader.GetInt64(0)] = reader.GetFieldValue<Geometry>(1);
        }

        return geometries;
    }

    private static async Task<Dictionary<long, double>> AllHitsAsync(HttpClient client, string field, double lon, double lat, double radius)
    {
        var hits = new Dictionary<long, double>();
        string? after = null;
        do
        {
            var body = await PostAsync(client,
                $"query($lon: Float!, $lat: Float!, $r: Float!, $after: String) {{ {field}(center: {{lon: $lon, lat: $lat}}, radiusMeters: $r, first: 500, after: $after) {{ pageInfo {{ hasNextPage endCursor }} edges {{ distanceMeters node {{ id }} }} }} }}",
                new { lon, lat, r = radius, after });
            var connection = body.GetProperty("data").GetProperty(field);
            foreach (var edge in connection.GetProperty("edges").EnumerateArray())
            {
                hits.Add(long.Parse(edge.GetProperty("node").GetProperty("id").GetString()!, CultureInfo.InvariantCulture), edge.GetProperty("distanceMeters").GetDouble());
            }

            var pageInfo = connection.GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        return hits;
    }
}
