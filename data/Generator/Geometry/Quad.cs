using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Geometry;

/// <summary>
/// A convex quadrilateral with a bilinear (u, v) frame: u runs from the south-west corner east,
/// v north. Lines of constant u or v are straight, so sub-quads of a partition share edges exactly.
/// </summary>
internal sealed class Quad(Coordinate sw, Coordinate se, Coordinate ne, Coordinate nw)
{
    public Coordinate Sw { get; } = sw;

    public Coordinate Se { get; } = se;

    public Coordinate Ne { get; } = ne;

    public Coordinate Nw { get; } = nw;

    /// <summary>Mean length of the south and north edges, metres.</summary>
    public double Width => (Sw.Distance(Se) + Nw.Distance(Ne)) / 2;

    /// <summary>Mean length of the west and east edges, metres.</summary>
    public double Height => (Sw.Distance(Nw) + Se.Distance(Ne)) / 2;

    /// <summary>Direction of the south edge, radians from the local x axis.</summary>
    public double SouthEdgeAngle => Math.Atan2(Se.Y - Sw.Y, Se.X - Sw.X);

    public Coordinate Map(double u, double v)
    {
        var south = Geo.Lerp(Sw, Se, u);
        var north = Geo.Lerp(Nw, Ne, u);
        return Geo.Lerp(south, north, v);
    }

    public Quad Sub(double u0, double u1, double v0, double v1) =>
        new(Map(u0, v0), Map(u1, v0), Map(u1, v1), Map(u0, v1));

    public Polygon ToPolygon() =>
        Geo.Factory.CreatePolygon([Sw.Copy(), Se.Copy(), Ne.Copy(), Nw.Copy(), Sw.Copy()]);
}
