using System.Globalization;
using FireMap.DemoData.Geometry;
using FireMap.DemoData.Layout;
using FireMap.DemoData.Model;
using FireMap.DemoData.Naming;
using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Generation;

/// <summary>Turns residential plots into compounds (小区): outline, name, age, management.</summary>
internal sealed class CompoundGenerator(DemoWorld world, Random rng)
{
    // Share of old residential compounds (老旧小区, built before 2000) in a works district of this age.
    private const double OldShare = 0.4;

    public void Generate(IReadOnlyList<Parcel> parcels)
    {
        var n = parcels.Count;
        var oldCount = (int)Math.Round(n * OldShare, MidpointRounding.AwayFromZero);
        var isOld = new bool[n];
        foreach (var k in rng.Shuffled(Enumerable.Range(0, n)).Take(oldCount))
        {
            isOld[k] = true;
        }

        var oldNames = rng.Shuffled(CompoundNames.Old);
        var newNames = rng.Shuffled(CompoundNames.New);
        if (oldCount > oldNames.Count || n - oldCount > newNames.Count)
        {
            throw new InvalidOperationException($"Not enough compound names for {n} compounds.");
        }

        var (nextOld, nextNew) = (0, 0);
        for (var k = 0; k < n; k++)
        {
            var parcel = parcels[k];
            var old = isOld[k];
            var name = old ? oldNames[nextOld++] : newNames[nextNew++];
            var year = old
                ? (rng.Chance(0.35) ? rng.Between(1965, 1984) : rng.Between(1985, 1999))
                : rng.Between(2000, 2022);
            // Works-era estates lost their works' housing office; about half never got a property company.
            var management = old && rng.Chance(0.5) ? null : rng.Pick(UnitNames.PropertyManagement);
            var maintenance = (old, management) switch
            {
                (false, _) => rng.Pick(UnitNames.Maintenance),
                (true, not null) => rng.Chance(0.7) ? rng.Pick(UnitNames.Maintenance) : null,
                _ => rng.Chance(0.2) ? rng.Pick(UnitNames.Maintenance) : null,
            };

            world.Compounds.Add(new Compound(
                "XQ" + (k + 1).ToString("D3", CultureInfo.InvariantCulture),
                name,
                CompoundNames.Aliases.TryGetValue(name, out var aliases) ? aliases : [],
                world.Addresses.ReserveAddress(parcel),
                world.CommunityOf(parcel.I, parcel.J).Code,
                world.GridOf(parcel.I, parcel.J).Code,
                year,
                management,
                maintenance,
                old,
                Outline(parcel.Quad),
                parcel.Quad,
                parcel));
        }
    }

    /// <summary>The plot, with one corner sometimes cut off where a slope or an older lot bites in.</summary>
    private Polygon Outline(Quad quad)
    {
        Coordinate[] corners = [quad.Sw, quad.Se, quad.Ne, quad.Nw];
        if (!rng.Chance(0.3))
        {
            return quad.ToPolygon();
        }

        var cut = rng.Next(4);
        var ring = new List<Coordinate>();
        for (var k = 0; k < 4; k++)
        {
            if (k != cut)
            {
                ring.Add(corners[k].Copy());
                continue;
            }

            var previous = corners[(k + 3) % 4];
            var next = corners[(k + 1) % 4];
            ring.Add(Geo.Lerp(corners[k], previous, rng.Between(0.12, 0.22)));
            ring.Add(Geo.Lerp(corners[k], next, rng.Between(0.12, 0.22)));
        }

        ring.Add(ring[0].Copy());
        return Geo.Factory.CreatePolygon(ring.ToArray());
    }
}
