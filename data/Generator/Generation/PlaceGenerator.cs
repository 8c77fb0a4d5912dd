using System.Globalization;
using FireMap.DemoData.Geometry;
using FireMap.DemoData.Layout;
using FireMap.DemoData.Model;
using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Generation;

/// <summary>
/// Places (场所) of every category in the campaign's list, each at or next to a building that
/// could plausibly hold it: schools on the campus, restaurants in shop-houses, group rentals in
/// old walk-ups, charging sheds in the yards.
/// </summary>
internal sealed partial class PlaceGenerator(DemoWorld world, Random rng)
{
    private static readonly Dictionary<string, (int Min, int Max)?> Capacities = new()
    {
        ["restaurant"] = (30, 160), ["hotel"] = (30, 120), ["market"] = (200, 600), ["entertainment"] = (30, 200),
        ["escape_room"] = (20, 60), ["hospital"] = (10, 40), ["elderly_care"] = (20, 60), ["express_delivery"] = (5, 15),
        ["group_rental"] = (8, 30), ["three_in_one"] = (4, 15), ["school"] = (120, 300),
        ["ebike_charging"] = null, ["energy_storage"] = null,
    };

    private readonly Dictionary<string, int> _shopNumbers = new(StringComparer.Ordinal);

    public void Generate()
    {
        AddNamedPlaces();
        AddShopsAndServices();
        AddResidentialPlaces();
    }

    private void Add(string name, string category, Building host, Coordinate location, string? address = null, (int Min, int Max)? capacity = null, bool inBuilding = true)
    {
        capacity ??= Capacities.GetValueOrDefault(category);
        world.Places.Add(new Place(
            "CS" + (world.Places.Count + 1).ToString("D3", CultureInfo.InvariantCulture),
            name,
            category,
            address ?? host.Address,
            host.CommunityCode,
            host.CompoundCode,
            inBuilding ? host.Code : null,
            capacity is { } c ? rng.Between(c.Min, c.Max) : null,
            rng.Chance(0.85) ? DemoSettings.ReferenceDate.AddDays(-rng.Between(3, 120)) : null,
            location));
    }

    private void AddAt(string name, string category, string buildingName, int capacityMin, int capacityMax)
    {
        var host = world.Buildings.First(b => b.CompoundCode is null && b.Name == buildingName);
        Add(name, category, host, SpotFinder.Inside(host, rng), capacity: (capacityMin, capacityMax));
    }

    /// <summary>Standing in the open on a non-residential block, such as a containerised storage plant.</summary>
    private void AddInOpen(string name, string category, BlockKind kind, int nth)
    {
        var parcel = world.SpecialParcels.Where(p => p.Kind == kind).ElementAt(nth).Parcel;
        var onPlot = SpotFinder.OnPlot(world, parcel.Quad).ToList();
        var spot = SpotFinder.Free(parcel.Quad, onPlot, 10, rng);
        var nearest = onPlot.OrderBy(b => b.Footprint.Centre.Distance(spot)).First();
        var address = nearest.Address[..nearest.Address.IndexOf('号', StringComparison.Ordinal)] + "号";
        Add(name, category, nearest, spot, address, inBuilding: false);
    }

    private void AddShop(string name, string category, Building host)
    {
        _shopNumbers[host.Code] = _shopNumbers.GetValueOrDefault(host.Code) + 1;
        Add(name, category, host, SpotFinder.Inside(host, rng), $"{host.Address}底层{_shopNumbers[host.Code]}号门面");
    }

    private List<Building> Hosts(Func<Building, bool> filter) => world.Buildings.Where(filter).ToList();

    private bool InOldCompound(Building b) => b.CompoundCode is { } code && world.CompoundByCode(code).IsOld;

    private Compound CompoundOf(Building b) => world.CompoundByCode(b.CompoundCode!);

    private Polygon CompoundArea(Building b) => CompoundOf(b).Geometry;

    private IEnumerable<Building> CompoundMates(Building b) => world.Buildings.Where(o => o.CompoundCode == b.CompoundCode);
}
