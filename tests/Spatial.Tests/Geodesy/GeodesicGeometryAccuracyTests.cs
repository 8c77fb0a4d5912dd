using FireMap.Spatial.Geodesy;
using NetTopologySuite.Geometries;
using Xunit.Abstractions;

namespace FireMap.Spatial.Tests.Geodesy;

/// <summary>
/// Accuracy of point-to-geometry distances within 10 km, measured against a brute-force reference that
/// shares nothing with the projection-based method: for every edge, a golden-section search over the
/// great-circle arc (its own slerp here) minimising the point-to-point geodesic distance.
/// </summary>
public sealed class GeodesicGeometryAccuracyTests(ITestOutputHelper output)
{
    private static readonly GeometryFactory _factory = new(new PrecisionModel(), 4326);

    [Fact]
    public void DistanceMeters_building_polygons_within_10_km_within_a_tenth_of_a_millimetre()
    {
        var random = new Random(2024);
        var worst = 0.0;
        for (var i = 0; i < 400; i++)
        {
            var (lon, lat) = (106.3 + (random.NextDouble() * 0.4), 29.3 + (random.NextDouble() * 0.4));
            var building = RandomRectangle(random, lon, lat, maxOffsetMetres: 10_000, minSide: 8, maxSide: 80);

            var error = Math.Abs(Geodesic.DistanceMeters(lon, lat, building) - BruteForce(lon, lat, building));
            worst = Math.Max(worst, error);
        }

        output.WriteLine($"worst error for building polygons within 10 km: {worst * 1000:F6} mm");
        Assert.True(worst < 1e-4, $"worst error {worst} m");
    }

    [Fact]
    public void DistanceMeters_long_edges_within_10_km_within_a_millimetre()
    {
        var random = new Random(99);
        var worst = 0.0;
        for (var i = 0; i < 200; i++)
        {
            var (lon, lat) = (106.3 + (random.NextDouble() * 0.4), 29.3 + (random.NextDouble() * 0.4));
            var block = RandomRectangle(random, lon, lat, maxOffsetMetres: 8_000, minSide: 500, maxSide: 10_000);

            var error = Math.Abs(Geodesic.DistanceMeters(lon, lat, block.Boundary) - BruteForce(lon, lat, block.Boundary));
            worst = Math.Max(worst, error);
        }

        output.WriteLine($"worst error for edges 0.5–10 km long within 10 km: {worst * 1000:F6} mm");
        Assert.True(worst < 1e-3, $"worst error {worst} m");
    }

    // A rectangle of random size and orientation, its centre at a random bearing and distance from (lon, lat).
    private static Polygon RandomRectangle(Random random, double lon, double lat, double maxOffsetMetres, double minSide, double maxSide)
    {
        var metresPerDegLat = 110_800.0;
        var metresPerDegLon = metresPerDegLat * Math.Cos(lat * Math.PI / 180);
        var bearing = random.NextDouble() * 2 * Math.PI;
        var offset = random.NextDouble() * maxOffsetMetres;
        var (cx, cy) = (offset * Math.Sin(bearing), offset * Math.Cos(bearing));
        var (w, h) = (minSide + (random.NextDouble() * (maxSide - minSide)), minSide + (random.NextDouble() * (maxSide - minSide)));
        var turn = random.NextDouble() * Math.PI;
        var corners = new Coordinate[5];
        var signs = new[] { (-1, -1), (1, -1), (1, 1), (-1, 1) };
        for (var k = 0; k < 4; k++)
        {
            var (u, v) = (signs[k].Item1 * w / 2, signs[k].Item2 * h / 2);
            var x = cx + (u * Math.Cos(turn)) - (v * Math.Sin(turn));
            var y = cy + (u * Math.Sin(turn)) + (v * Math.Cos(turn));
            corners[k] = new Coordinate(lon + (x / metresPerDegLon), lat + (y / metresPerDegLat));
        }

        corners[4] = corners[0].Copy();
        return _factory.CreatePolygon(corners);
    }

    private static double BruteForce(double lon, double lat, NetTopologySuite.Geometries.Geometry geometry)
    {
        if (geometry is Polygon polygon && polygon.Covers(_factory.CreatePoint(new Coordinate(lon, lat))))
        {
            return 0;
        }

        var coordinates = geometry.Coordinates;
        var best = double.PositiveInfinity;
        for (var i = 0; i + 1 < coordinates.Length; i++)
        {
            var (a, b) = (coordinates[i], coordinates[i + 1]);
            double Distance(double t)
            {
                var (plon, plat) = Slerp(a, b, t);
                return Geodesic.DistanceMeters(lon, lat, plon, plat);
            }

            // Golden-section search; the distance along one short arc has a single minimum.
            double lo = 0, hi = 1;
            var ratio = (Math.Sqrt(5) - 1) / 2;
            for (var k = 0; k < 80; k++)
            {
                var (m1, m2) = (hi - (ratio * (hi - lo)), lo + (ratio * (hi - lo)));
                if (Distance(m1) < Distance(m2))
                {
                    hi = m2;
                }
                else
                {
                    lo = m1;
                }
            }

            best = Math.Min(best, Math.Min(Distance((lo + hi) / 2), Math.Min(Distance(0), Distance(1))));
        }

        return best;
    }

    // Spherical linear interpolation of the unit vectors of two lon/lat vertices: a PostGIS geography edge.
    private static (double Lon, double Lat) Slerp(Coordinate a, Coordinate b, double t)
    {
        static double[] Vector(Coordinate c)
        {
            var (lon, lat) = (c.X * Math.PI / 180, c.Y * Math.PI / 180);
            return [Math.Cos(lat) * Math.Cos(lon), Math.Cos(lat) * Math.Sin(lon), Math.Sin(lat)];
        }

        var (va, vb) = (Vector(a), Vector(b));
        var dot = Math.Clamp((va[0] * vb[0]) + (va[1] * vb[1]) + (va[2] * vb[2]), -1, 1);
        var omega = Math.Acos(dot);
        var (wa, wb) = omega < 1e-15 ? (1 - t, t) : (Math.Sin((1 - t) * omega) / Math.Sin(omega), Math.Sin(t * omega) / Math.Sin(omega));
        var p = new[] { (wa * va[0]) + (wb * vb[0]), (wa * va[1]) + (wb * vb[1]), (wa * va[2]) + (wb * vb[2]) };
        return (Math.Atan2(p[1], p[0]) * 180 / Math.PI, Math.Atan2(p[2], Math.Sqrt((p[0] * p[0]) + (p[1] * p[1]))) * 180 / Math.PI);
    }
}
