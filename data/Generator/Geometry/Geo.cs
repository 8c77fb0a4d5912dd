using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Geometry;

/// <summary>The one factory for local-metre geometries, so every geometry shares a precision model.</summary>
internal static class Geo
{
    public static readonly GeometryFactory Factory = new();

    public static Point Point(Coordinate c) => Factory.CreatePoint(c.Copy());

    public static LineString Line(params Coordinate[] coordinates) =>
        Factory.CreateLineString(coordinates.Select(c => c.Copy()).ToArray());

    public static Coordinate Lerp(Coordinate a, Coordinate b, double t) =>
        new(a.X + (b.X - a.X) * t, a.Y + (b.Y - a.Y) * t);
}
