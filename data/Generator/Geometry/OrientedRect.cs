using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Geometry;

/// <summary>A rectangle footprint: centre, direction of its long side, and its two side lengths, metres.</summary>
internal sealed record OrientedRect(Coordinate Centre, double Angle, double Length, double Depth)
{
    /// <summary>A point given as fractions of the half sides: (±1, ±1) are the corners.</summary>
    public Coordinate At(double alongFraction, double acrossFraction)
    {
        var (cos, sin) = (Math.Cos(Angle), Math.Sin(Angle));
        var a = alongFraction * Length / 2;
        var b = acrossFraction * Depth / 2;
        return new Coordinate(Centre.X + a * cos - b * sin, Centre.Y + a * sin + b * cos);
    }

    /// <summary>A point outside the long side, <paramref name="metres"/> from the wall.</summary>
    public Coordinate Beside(double alongFraction, double metres, bool north)
    {
        var across = (Depth / 2 + metres) / (Depth / 2);
        return At(alongFraction, north ? across : -across);
    }

    public Polygon ToPolygon() =>
        Geo.Factory.CreatePolygon([At(-1, -1), At(1, -1), At(1, 1), At(-1, 1), At(-1, -1)]);

    public double Area => Length * Depth;
}
