using System.Globalization;
using FireMap.DemoData.Geometry;
using FireMap.DemoData.Layout;
using FireMap.DemoData.Model;
using FireMap.DemoData.Naming;
using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Generation;

/// <summary>
/// Fire stations, micro fire stations (微型消防站) and volunteer teams, laid out for the
/// "1-3-5" linkage: a micro station in every community and in the largest estates, a fire
/// station in the sub-district and one next door.
/// </summary>
internal sealed class StationGenerator(DemoWorld world, Random rng)
{
    public void Generate()
    {
        var heritage = world.SpecialParcels.First(p => p.Kind == BlockKind.Heritage).Parcel;
        var spot = SpotFinder.Free(heritage.Quad, SpotFinder.OnPlot(world, heritage.Quad), 15, rng);
        var number = world.Addresses.Reserve(heritage.Facing.Name, heritage.Position + 60, heritage.EvenSide);
        Add("XFZ", "钢城" + Labels.Station("fire_station"), "fire_station", $"{heritage.Facing.Name}{number}号",
            world.CommunityOf(heritage.I, heritage.J).Code, 32, 6, spot);

        // The neighbouring station stands outside the sub-district, east along 钢城大道.
        var avenue = world.Streets.EastWest(StreetPlan.Columns - 1, 3);
        var outside = new Coordinate(avenue.End.X + 900, avenue.End.Y + 60);
        var outsideNumber = AddressBook.NumberAt(avenue.PositionAlongLine(avenue.End) + 900, true);
        Add("XFZ", "钢港" + Labels.Station("fire_station"), "fire_station", $"{avenue.Line.Name}{outsideNumber}号", null, 38, 8, outside);

        var largest = world.Compounds.OrderByDescending(c => c.Geometry.Area).ToList();
        var hosts = new List<(Compound Compound, string Name)>();
        foreach (var community in world.Communities)
        {
            var compound = largest.First(c => c.CommunityCode == community.Code);
            hosts.Add((compound, community.Name + Labels.Station("micro_station")));
        }

        // Two more in the largest remaining estates, each in a different community.
        foreach (var compound in largest.Where(c => hosts.All(h => h.Compound != c)).DistinctBy(c => c.CommunityCode).Take(2))
        {
            hosts.Add((compound, compound.Name + Labels.Station("micro_station")));
        }

        foreach (var (compound, name) in hosts)
        {
            var gate = world.Buildings.First(b => b.CompoundCode == compound.Code);
            var mates = world.Buildings.Where(b => b.CompoundCode == compound.Code);
            var location = SpotFinder.Beside(gate, compound.Geometry, mates, rng, 4) ?? compound.Geometry.InteriorPoint.Coordinate;
            Add("WXZ", name, "micro_station", compound.Address + compound.Name, compound.CommunityCode,
                rng.Between(6, 9), rng.Chance(0.5) ? 1 : 0, location);
        }

        AddTeam("跃进村街道" + Labels.Station("volunteer_team"), world.Buildings.First(b => b.Name == "跃进村街道办事处"), 40, 1);
        foreach (var community in world.Communities.Where(c => c.Name is "钢花社区" or "大堰社区"))
        {
            var hall = world.Buildings.FirstOrDefault(b => b.CommunityCode == community.Code && b.UseClass == "public" && b.CompoundCode is not null)
                ?? world.Buildings.First(b => b.CommunityCode == community.Code);
            AddTeam(community.Name + Labels.Station("volunteer_team"), hall, rng.Between(18, 30), 0);
        }
    }

    private void AddTeam(string name, Building home, int staff, int vehicles) =>
        Add("ZYD", name, "volunteer_team", home.Address, home.CommunityCode, staff, vehicles, SpotFinder.Inside(home, rng));

    private void Add(string prefix, string name, string kind, string address, string? community, int staff, int vehicles, Coordinate location)
    {
        var n = world.Stations.Count(s => s.Code.StartsWith(prefix, StringComparison.Ordinal)) + 1;
        world.Stations.Add(new Station(prefix + n.ToString("D2", CultureInfo.InvariantCulture), name, kind, address, community, staff, vehicles, location));
    }
}
