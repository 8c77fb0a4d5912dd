using System.Globalization;
using FireMap.DemoData.Layout;
using FireMap.DemoData.Model;
using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Generation;

/// <summary>
/// Municipal hydrants along the streets (GB 50974 asks for one at most every 120 m on a street;
/// older streets fall short of that) and hydrants inside compounds.
/// </summary>
internal sealed class HydrantGenerator(DemoWorld world, Random rng)
{
    private const double SpacingM = 220;

    public void Generate()
    {
        foreach (var segment in world.Streets.Segments())
        {
            var eastWest = StreetPlan.EastWestRoads.Contains(segment.Line);
            var (dx, dy) = ((segment.End.X - segment.Start.X) / segment.Length, (segment.End.Y - segment.Start.Y) / segment.Length);
            var k = 0;
            for (var s = 60.0; s < segment.Length - 40; s += SpacingM, k++)
            {
                // Left of the direction of travel is north on east–west streets, west on north–south ones.
                var left = k % 2 == 0;
                var offset = (segment.Line.WidthM / 2 + 1.5) * (left ? 1 : -1);
                var foot = new Coordinate(segment.Start.X + dx * s, segment.Start.Y + dy * s);
                var spot = new Coordinate(foot.X - dy * offset, foot.Y + dx * offset);
                var even = eastWest ? left : !left;
                var number = AddressBook.NumberAt(segment.PositionAlongLine(foot), even);
                Add(rng.Chance(0.7) ? "above_ground" : "underground", rng.Chance(0.11), $"{segment.Line.Name}{number}号旁", spot);
            }
        }

        foreach (var compound in world.Compounds)
        {
            var mates = world.Buildings.Where(b => b.CompoundCode == compound.Code).ToList();
            var count = compound.Geometry.Area > 30000 ? 2 : 1;
            foreach (var host in rng.Shuffled(mates).Take(count))
            {
                var wall = rng.Chance(0.5);
                var spot = SpotFinder.Beside(host, compound.Geometry, mates, rng, wall ? 0.6 : 5);
                if (spot is null)
                {
                    continue;
                }

                var fault = rng.Chance(compound.IsOld ? 0.2 : 0.08);
                Add(wall ? "wall" : "underground", fault, $"{compound.Address}{compound.Name}{host.BuildingNo}栋旁", spot);
            }
        }
    }

    private void Add(string kind, bool fault, string address, Coordinate location) =>
        world.Hydrants.Add(new Hydrant(
            "SX" + (world.Hydrants.Count + 1).ToString("D3", CultureInfo.InvariantCulture),
            kind,
            fault ? "fault" : "ok",
            address,
            location));
}
