using System.Globalization;
using FireMap.DemoData.Model;

namespace FireMap.DemoData.Generation;

/// <summary>Places a compound's buildings (numbered 1栋, 2栋 … in scan order) clear of its fire lanes.</summary>
internal sealed class CompoundBuildingGenerator(DemoWorld world, Random rng)
{
    private const int MaxBuildings = 16;
    private const int MaxPositions = 400;
    private const double MaxTurnRadians = 2.5 * Math.PI / 180;

    private readonly BuildingFactory _factory = new(rng);

    public void Generate(Compound compound, NetTopologySuite.Geometries.Geometry keepOut)
    {
        var style = HousingStyle.For(compound.BuiltYear, rng);
        var scanner = new FootprintScanner(compound.Geometry.Buffer(-4), keepOut, compound.Frame.SouthEdgeAngle);
        var footprints = new List<Geometry.OrientedRect>();
        while (footprints.Count < MaxPositions)
        {
            var rect = scanner.Next(
                rng.Between(style.LengthMin, style.LengthMax),
                rng.Between(style.DepthMin, style.DepthMax),
                rng.Between(-MaxTurnRadians, MaxTurnRadians),
                style.GableGapM,
                style.RowGapM,
                resume: true);
            if (rect is null)
            {
                break;
            }

            footprints.Add(rect);
        }

        // A cramped plot still gets its few small blocks.
        while (footprints.Count < 3 && scanner.Next(24, 10, 0, 6, 8, resume: false) is { } small)
        {
            footprints.Add(small);
        }

        footprints = Spread(footprints, Math.Min(MaxBuildings, style.BuildingsFor(compound.Geometry.Area)));
        var roles = Roles(footprints.Count, compound.IsOld);
        for (var k = 0; k < footprints.Count; k++)
        {
            var no = (k + 1).ToString(CultureInfo.InvariantCulture);
            var (useClass, changed) = roles[k];
            var floors = useClass switch
            {
                "public" => rng.Between(2, 3),
                "commercial" => rng.Between(2, 4),
                "other" => 2,
                _ => rng.Between(style.FloorsMin, style.FloorsMax),
            };
            var year = compound.IsOld ? compound.BuiltYear : Math.Min(2022, compound.BuiltYear + rng.Between(0, 2));
            world.Buildings.Add(_factory.Create(
                $"{compound.Code}-{k + 1:D2}",
                no + "栋",
                compound.Code,
                compound.CommunityCode,
                no,
                $"{compound.Address}{compound.Name}{no}栋",
                floors,
                useClass,
                year,
                compound.PropertyManagementUnit,
                compound.MaintenanceUnit,
                footprints[k],
                changed,
                style.IsTower && useClass is "residential" or "mixed"));
        }
    }

    /// <summary>
    /// Keeps <paramref name="target"/> of the positions that fit, evenly through the scan order, so
    /// that a plot larger than its floor area needs gets gardens between the blocks rather than an
    /// empty half.
    /// </summary>
    private static List<Geometry.OrientedRect> Spread(List<Geometry.OrientedRect> fitted, int target) =>
        fitted.Count <= target
            ? fitted
            : Enumerable.Range(0, target).Select(k => fitted[k * fitted.Count / target]).ToList();

    /// <summary>
    /// Mostly homes; the block by the gate is often a shop-house (商住楼), a large estate has a
    /// club or community building, and in old estates some flats were turned into shops (住改商).
    /// </summary>
    private List<(string UseClass, bool Changed)> Roles(int count, bool old)
    {
        var roles = Enumerable.Repeat(("residential", false), count).ToList();
        if (count >= 3 && rng.Chance(old ? 0.25 : 0.35))
        {
            roles[0] = ("mixed", false);
        }

        if (count >= 6 && rng.Chance(0.3))
        {
            roles[count - 1] = ("public", false);
        }

        if (count >= 6 && rng.Chance(0.15))
        {
            roles[count - 2] = ("commercial", false);
        }

        if (count >= 8 && rng.Chance(0.08))
        {
            roles[count - 3] = ("other", false);
        }

        for (var k = 0; k < count && old; k++)
        {
            if (roles[k].Item1 == "residential" && rng.Chance(0.04))
            {
                roles[k] = ("mixed", true);
            }
        }

        return roles;
    }
}
