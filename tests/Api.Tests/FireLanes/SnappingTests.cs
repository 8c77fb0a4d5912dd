using System.Globalization;
using FireMap.Spatial.Geodesy;
using FireMap.TestHost;
using NetTopologySuite.Geometries;
using static FireMap.Api.Tests.GraphQL.GraphQLRequests;

namespace FireMap.Api.Tests.FireLanes;

[Collection(FireMapServerCollection.Name)]
public sealed class SnappingTests(FireMapServerFixture server)
{
    private const string Report = """
        mutation($lon: Float!, $lat: Float!) {
          reportBlockage(input: {point: {lon: $lon, lat: $lat}, cause: CONSTRUCTION, remainingWidthMeters: 0.5}) { id laneId geometry }
        }
        """;

    [Fact]
    public async Task Report_at_point_near_a_lane_snaps_onto_the_nearest_lane()
    {
        var lanes = await LanesAsync();
        // A point a few metres to the side of a lane's middle, well inside the tolerance.
        var line = lanes.Values.First(l => l.Length > 0.0003);
        var middle = line.Coordinates[line.NumPoints / 2];
        var (lon, lat) = (middle.X + 0.00004, middle.Y + 0.00003);
        var nearest = lanes.MinBy(l => Geodesic.DistanceMeters(lon, lat, l.Value)).Key;
        using var client = server.CreateClient();

        var blockage = (await PostAsync(client, Report, new { lon, lat })).GetProperty("data").GetProperty("reportBlockage");

        Assert.Equal(nearest, long.Parse(blockage.GetProperty("laneId").GetString()!, CultureInfo.InvariantCulture));
        var position = blockage.GetProperty("geometry").GetProperty("coordinates");
        var onLane = Geodesic.DistanceMeters(position[0].GetDouble(), position[1].GetDouble(), lanes[nearest]);
        Assert.True(onLane < 0.05, $"the snapped point lies {onLane} m off the lane");
        await PostAsync(client, "mutation($id: ID!) { clearBlockage(id: $id) { id } }", new { id = blockage.GetProperty("id").GetString() });
    }

    [Fact]
    public async Task Report_at_point_beyond_tolerance_is_refused_naming_point()
    {
        var lanes = await LanesAsync();
        var (lon, lat) = (106.40, 29.40);
        Assert.True(lanes.Values.Min(l => Geodesic.DistanceMeters(lon, lat, l)) > 20, "the test point must lie more than 20 m from every lane");
        using var client = server.CreateClient();

        var body = await PostAsync(client, Report, new { lon, lat });

        Assert.Equal("BAD_USER_INPUT", FirstErrorCode(body));
        Assert.Equal("point", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("argument").GetString());
    }

    [Theory]
    [InlineData(15.0, true)]
    [InlineData(25.0, false)]
    public async Task Report_at_measured_offset_from_lane_end_snaps_only_within_twenty_metres(double offsetMeters, bool snaps)
    {
        var lanes = await LanesAsync();
        var line = lanes.Values.First();
        var start = line.StartPoint.Coordinate;
        // Step outward along the lane's own direction from its first vertex, so the start is nearest.
        var next = line.GetCoordinateN(1);
        var (dx, dy) = (start.X - next.X, start.Y - next.Y);
        var scale = offsetMeters / Geodesic.DistanceMeters(start.X, start.Y, start.X + dx, start.Y + dy);
        var (lon, lat) = (start.X + dx * scale, start.Y + dy * scale);
        var distance = lanes.Values.Min(l => Geodesic.DistanceMeters(lon, lat, l));
        using var client = server.CreateClient();

        var body = await PostAsync(client, Report, new { lon, lat });

        Assert.Equal(snaps, distance <= 20);
        if (snaps)
        {
            await PostAsync(client, "mutation($id: ID!) { clearBlockage(id: $id) { id } }",
                new { id = body.GetProperty("data").GetProperty("reportBlockage").GetProperty("id").GetString() });
        }
        else
        {
            Assert.Equal("BAD_USER_INPUT", FirstErrorCode(body));
        }
    }

    private async Task<Dictionary<long, LineString>> LanesAsync()
    {
        await using var command = server.DataSource.CreateCommand("SELECT id, geom FROM fire_lanes ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync();
        var lanes = new Dictionary<long, LineString>();
        while (await reader.ReadAsync())
        {
            lanes[reader.GetInt64(0)] = reader.GetFieldValue<LineString>(1);
        }

        return lanes;
    }
}
