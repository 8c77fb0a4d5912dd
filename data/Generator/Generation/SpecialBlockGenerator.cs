using System.Globalization;
using FireMap.DemoData.Layout;
using FireMap.DemoData.Model;
using FireMap.DemoData.Naming;

namespace FireMap.DemoData.Generation;

/// <summary>Buildings outside compounds: campuses, the market and hospital, offices, works and stores.</summary>
internal sealed class SpecialBlockGenerator(DemoWorld world, Random rng)
{
    private readonly BuildingFactory _factory = new(rng);

    public void Generate()
    {
        var industrial = 0;
        foreach (var (kind, parcel) in world.SpecialParcels)
        {
            var templates = SpecialBuildings.For(kind, kind == BlockKind.Industrial ? industrial++ : 0);
            var scanner = new FootprintScanner(parcel.Quad.ToPolygon().Buffer(-3), null, parcel.Quad.SouthEdgeAngle);
            var address = world.Addresses.ReserveAddress(parcel);
            var community = world.CommunityOf(parcel.I, parcel.J);
            foreach (var t in templates)
            {
                var rect = scanner.NextAnywhere(t.Length, t.Depth, rng.Between(-0.03, 0.03), 15, rng)
                    ?? throw new InvalidOperationException($"{t.Name} does not fit its block.");
                var code = "JZ" + (world.Buildings.Count(b => b.CompoundCode is null) + 1).ToString("D3", CultureInfo.InvariantCulture);
                world.Buildings.Add(_factory.Create(
                    code,
                    t.Name,
                    null,
                    community.Code,
                    null,
                    address + t.Name,
                    rng.Between(t.FloorsMin, t.FloorsMax),
                    t.UseClass,
                    rng.Between(t.YearMin, t.YearMax),
                    t.Unit,
                    t.UseClass is "industrial" or "warehouse" || rng.Chance(0.7) ? rng.Pick(UnitNames.Maintenance) : null,
                    rect,
                    t.ChangedUse));
            }
        }
    }
}
