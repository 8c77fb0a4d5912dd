using System.Globalization;
using FireMap.DemoData.Model;
using FireMap.DemoData.Naming;
using NetTopologySuite.Geometries;

namespace FireMap.DemoData.Generation;

/// <summary>Past fires, 2021 to the reference date: most in homes and shops, most without casualties.</summary>
internal sealed class IncidentGenerator(DemoWorld world, Random rng)
{
    private const int Count = 46;

    private static readonly (string Cause, double Weight)[] Causes =
    [
        ("electrical", 35), ("ebike", 20), ("cooking", 15), ("smoking", 10), ("open_flame", 10), ("arson", 3), ("other", 7),
    ];

    public void Generate()
    {
        var first = new DateTimeOffset(2021, 1, 1, 0, 0, 0, DemoSettings.ChinaOffset);
        var span = (DemoSettings.ReferenceStart - first).TotalMinutes;
        var homes = world.Buildings.Where(b => b.UseClass is "residential" or "mixed").ToList();
        var drafts = new List<Incident>();
        for (var k = 0; k < Count; k++)
        {
            var cause = k < Causes.Length ? Causes[k].Cause : rng.PickWeighted(Causes);
            var occurred = first.AddMinutes(Math.Floor(rng.NextDouble() * span));
            var tie = rng.NextDouble();
            string? buildingCode = null;
            string? placeCode = null;
            string where;
            Coordinate location;
            double loss;
            if (tie >= 0.9 && k >= Causes.Length)
            {
                cause = rng.Pick<string>(["smoking", "open_flame", "other"]);
            }

            // Only some causes start fires in the open (a rubbish heap by the road); the rest are indoors.
            var outdoors = tie >= 0.9 && cause is "smoking" or "open_flame" or "arson" or "other";
            if (tie < 0.6 || (tie >= 0.9 && !outdoors))
            {
                var building = cause == "open_flame" && rng.Chance(0.5)
                    ? rng.Pick(world.Buildings.Where(b => b.UseClass is "industrial" or "warehouse").ToList())
                    : rng.Pick(homes);
                (buildingCode, location) = (building.Code, SpotFinder.Inside(building, rng));
                where = building.CompoundCode is { } c ? world.CompoundByCode(c).Name + building.Name : building.Name;
                loss = building.UseClass is "industrial" or "warehouse" ? rng.Between(20000, 480000) : rng.Between(1500, 60000);
            }
            else if (tie < 0.9)
            {
                var place = rng.Pick(PlacesFor(cause));
                (placeCode, buildingCode, location) = (place.Code, place.BuildingCode, place.Location);
                where = place.Name;
                loss = place.Category is "factory" or "warehouse" or "logistics_warehouse" ? rng.Between(20000, 480000) : rng.Between(3000, 150000);
            }
            else
            {
                var road = rng.Pick(world.Roads);
                location = road.Geometry.Centroid.Coordinate;
                where = road.Name;
                loss = rng.Between(0, 3000);
            }

            var casualties = outdoors ? 0 : rng.PickWeighted<int>([(0, 85), (1, 10), (2, 4), (3, 1)]);
            var burnt = loss < 3000 ? 0 : (int)Math.Round(loss / rng.Between(800, 2500));
            drafts.Add(new Incident("", occurred, cause, buildingCode, placeCode, casualties,
                Math.Round(loss / 100) * 100, IncidentTexts.Describe(cause, where, burnt, rng, outdoors), location));
        }

        var ordered = drafts.OrderBy(i => i.OccurredAt).ToList();
        for (var k = 0; k < ordered.Count; k++)
        {
            world.Incidents.Add(ordered[k] with { Code = "HZ" + (k + 1).ToString("D3", CultureInfo.InvariantCulture) });
        }
    }

    private List<Place> PlacesFor(string cause) => cause switch
    {
        "cooking" => world.Places.Where(p => p.Category == "restaurant").ToList(),
        "ebike" => world.Places.Where(p => p.Category is "ebike_charging" or "express_delivery" or "group_rental").ToList(),
        "open_flame" => world.Places.Where(p => p.Category is "factory" or "warehouse" or "three_in_one").ToList(),
        _ => world.Places.Where(p => p.Category is not "energy_storage").ToList(),
    };
}
