using System.Text.Json;
using NetTopologySuite.Geometries;

namespace FireMap.Spatial.Tests.Geocoding.Support;

/// <summary>Reads the demo GeoJSON files with System.Text.Json; polygons are represented by an interior point.</summary>
public static class DemoGeoJson
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <summary>The features of a FeatureCollection file.</summary>
    public static IReadOnlyList<DemoFeature> Read(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var result = new List<DemoFeature>();
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var point = InteriorPoint(feature.GetProperty("geometry"));
            result.Add(new DemoFeature(feature.GetProperty("properties").Clone(), point.X, point.Y));
        }

        return result;
    }

    // ST_PointOnSurface's counterpart, as the Api will load it from PostGIS.
    private static Point InteriorPoint(JsonElement geometry)
    {
        var coordinates = geometry.GetProperty("coordinates");
        return geometry.GetProperty("type").GetString() switch
        {
            "Point" => Factory.CreatePoint(Coordinate(coordinates)),
            "Polygon" => Polygon(coordinates).InteriorPoint,
            "MultiPolygon" => Factory.CreateMultiPolygon([.. coordinates.EnumerateArray().Select(Polygon)]).InteriorPoint,
            var other => throw new InvalidDataException($"unexpected geometry {other}"),
        };
    }

    private static Polygon Polygon(JsonElement rings)
    {
        var linear = rings.EnumerateArray()
            .Select(r => Factory.CreateLinearRing([.. r.EnumerateArray().Select(Coordinate)]))
            .ToArray();
        return Factory.CreatePolygon(linear[0], linear[1..]);
    }

    private static Coordinate Coordinate(JsonElement c) => new(c[0].GetDouble(), c[1].GetDouble());
}
