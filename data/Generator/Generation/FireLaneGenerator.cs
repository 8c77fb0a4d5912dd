using System.Globalization;
using FireMap.DemoData.Geometry;
using FireMap.DemoData.Model;
using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Generation;

/// <summary>
/// Lays out a compound's fire lanes before its buildings, so that buildings are placed clear of
/// them. Widths and heights follow what surveys of old estates find: most meet the 4 m of
/// GB 50016, a share of old ones do not.
/// </summary>
internal sealed class FireLaneGenerator(DemoWorld world, Random rng)
{
    // GB 50016 asks for a fire lane at least 4 m wide and 4 m clear overhead.
    private const double MinimumClearM = 4;
    private const double BuildingClearanceM = 3;

    private static readonly string[] LaneNames = ["主消防车道", "支消防车道", "沿边消防车道"];

    /// <summary>Adds the lanes and returns the zone that buildings must keep out of.</summary>
    public NetTopologySuite.Geometries.Geometry Generate(Compound compound)
    {
        var frame = compound.Frame;
        var alongU = frame.Width >= frame.Height;
        var area = compound.Geometry.Area;
        var count = area < 15000 ? 1 : area < 45000 ? 2 : 3;
        if (count > 1 && rng.Chance(0.2))
        {
            count--;
        }

        var mid = 0.5 + rng.Between(-0.08, 0.08);
        var cross = 0.5 + rng.Between(-0.15, 0.15);
        var edge = rng.Chance(0.5) ? 0.1 : 0.9;
        (double U0, double V0, double U1, double V1)[] specs = alongU
            ? [(0.01, mid, 0.99, mid), (cross, 0.01, cross, 0.99), (0.08, edge, 0.92, edge)]
            : [(mid, 0.01, mid, 0.99), (0.01, cross, 0.99, cross), (edge, 0.08, edge, 0.92)];

        var zones = new List<NetTopologySuite.Geometries.Geometry>();
        for (var k = 0; k < count; k++)
        {
            var line = Fit(compound, specs[k]);
            if (line is null)
            {
                continue;
            }

            var narrowChance = compound.IsOld ? 0.26 : 0.07;
            var width = RandomExtensions.Round1(rng.Chance(narrowChance)
                ? rng.Between(2.8, 3.9)
                : compound.IsOld ? rng.Between(4.0, 5.5) : rng.Between(4.5, 7.0));
            var lowChance = compound.IsOld ? 0.08 : 0.02;
            var height = RandomExtensions.Round1(rng.Chance(lowChance) ? rng.Between(3.2, 3.9) : rng.Between(4.5, 6.0));
            var code = "TD" + (world.FireLanes.Count + 1).ToString("D3", CultureInfo.InvariantCulture);
            world.FireLanes.Add(new FireLane(code, compound.Name + LaneNames[k], compound.Code, width, height, line));
            zones.Add(line.Buffer(Math.Max(width, MinimumClearM) / 2 + BuildingClearanceM));
        }

        return zones.Count == 0
            ? Geo.Factory.CreateGeometryCollection()
            : Geo.Factory.BuildGeometry(zones).Union();
    }

    /// <summary>The lane from the plot frame, shortened at both ends until it lies inside the outline.</summary>
    private static LineString? Fit(Compound compound, (double U0, double V0, double U1, double V1) spec)
    {
        var (u0, v0, u1, v1) = spec;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var shrink = 0.04 * attempt;
            var line = Geo.Line(
                compound.Frame.Map(u0 + (u1 - u0) * shrink, v0 + (v1 - v0) * shrink),
                compound.Frame.Map(u1 - (u1 - u0) * shrink, v1 - (v1 - v0) * shrink));
            if (compound.Geometry.Covers(line))
            {
                return line;
            }
        }

        return null;
    }
}
