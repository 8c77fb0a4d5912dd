using FireMap.DemoData.Generation;

namespace FireMap.DemoData.Layout;

/// <summary>
/// Cuts a residential block into strips divided by side streets, and a strip sometimes into two
/// walled plots, so that every plot has a gate on a named street.
/// </summary>
internal sealed class BlockSubdivider(StreetGrid grid, Random rng)
{
    // Building line set back from the kerb (退界), metres.
    private const double SetbackM = 6;
    private const double SnapM = 35;
    private const double WallGapM = 5;

    public List<Parcel> Subdivide(int i, int j)
    {
        var sides = Sides(i, j);
        var block = grid.Block(i, j);
        var (mS, mN) = ((sides.South.Line.WidthM / 2 + SetbackM) / block.Height, (sides.North.Line.WidthM / 2 + SetbackM) / block.Height);
        var (mW, mE) = ((sides.West.Line.WidthM / 2 + SetbackM) / block.Width, (sides.East.Line.WidthM / 2 + SetbackM) / block.Width);
        var stripsAlongU = rng.Chance(0.5);
        var strips = rng.PickWeighted<int>([(1, 0.35), (2, 0.5), (3, 0.15)]);
        var across = stripsAlongU ? block.Width : block.Height;

        var bounds = new List<(double Low, double High)>();
        var low = stripsAlongU ? mW : mS;
        for (var k = 1; k < strips; k++)
        {
            var cut = (double)k / strips + rng.Between(-0.06, 0.06);
            var isBranch = rng.Chance(0.4);
            var (first, second) = stripsAlongU ? (sides.South, sides.North) : (sides.West, sides.East);
            var (t1, n1) = first.InsertNode(cut, SnapM);
            var (t2, n2) = second.InsertNode(t1, SnapM);
            grid.AddAlley(first.Line, isBranch, n1, n2);
            var gap = ((isBranch ? 8 : 5) / 2.0 + SetbackM) / across;
            bounds.Add((low, Math.Min(t1, t2) - gap));
            low = Math.Max(t1, t2) + gap;
        }

        bounds.Add((low, 1 - (stripsAlongU ? mE : mN)));

        var parcels = new List<Parcel>();
        foreach (var (s0, s1) in bounds)
        {
            var (o0, o1) = stripsAlongU ? (mS, 1 - mN) : (mW, 1 - mE);
            var ranges = new List<(double, double)> { (o0, o1) };
            if (rng.Chance(0.3))
            {
                var mid = 0.5 + rng.Between(-0.08, 0.08);
                var gap = WallGapM / (stripsAlongU ? block.Height : block.Width);
                ranges = [(o0, mid - gap), (mid + gap, o1)];
            }

            foreach (var (r0, r1) in ranges)
            {
                var (u0, u1, v0, v1) = stripsAlongU ? (s0, s1, r0, r1) : (r0, r1, s0, s1);
                parcels.Add(MakeParcel(i, j, sides, u0, u1, v0, v1, (mS, mN, mW, mE)));
            }
        }

        return parcels;
    }

    /// <summary>The whole block inside its setbacks, for campuses, markets and works.</summary>
    public Parcel Whole(int i, int j)
    {
        var sides = Sides(i, j);
        var block = grid.Block(i, j);
        var mS = (sides.South.Line.WidthM / 2 + SetbackM) / block.Height;
        var mN = (sides.North.Line.WidthM / 2 + SetbackM) / block.Height;
        var mW = (sides.West.Line.WidthM / 2 + SetbackM) / block.Width;
        var mE = (sides.East.Line.WidthM / 2 + SetbackM) / block.Width;
        return MakeParcel(i, j, sides, mW, 1 - mE, mS, 1 - mN, (mS, mN, mW, mE));
    }

    private (RoadSegment South, RoadSegment North, RoadSegment West, RoadSegment East) Sides(int i, int j) =>
        (grid.EastWest(i, j), grid.EastWest(i, j + 1), grid.NorthSouth(i, j), grid.NorthSouth(i + 1, j));

    private Parcel MakeParcel(
        int i, int j,
        (RoadSegment South, RoadSegment North, RoadSegment West, RoadSegment East) sides,
        double u0, double u1, double v0, double v1,
        (double S, double N, double W, double E) margins)
    {
        const double eps = 1e-9;
        var quad = grid.Block(i, j).Sub(u0, u1, v0, v1);
        // Sides the plot touches, with the point of the plot's edge on that side and its door-number parity.
        var touching = new List<(RoadSegment Road, NetTopologySuite.Geometries.Coordinate Mid, bool Even)>();
        if (Math.Abs(v0 - margins.S) < eps) touching.Add((sides.South, quad.Map(0.5, 0), true));
        if (Math.Abs(v1 - (1 - margins.N)) < eps) touching.Add((sides.North, quad.Map(0.5, 1), false));
        if (Math.Abs(u0 - margins.W) < eps) touching.Add((sides.West, quad.Map(0, 0.5), true));
        if (Math.Abs(u1 - (1 - margins.E)) < eps) touching.Add((sides.East, quad.Map(1, 0.5), false));

        // The gate faces the widest street the plot touches; the first listed wins a tie.
        var facing = touching.OrderByDescending(t => t.Road.Line.WidthM).First();
        return new Parcel(i, j, quad, facing.Road.Line, facing.Road.PositionAlongLine(facing.Mid), facing.Even);
    }
}
