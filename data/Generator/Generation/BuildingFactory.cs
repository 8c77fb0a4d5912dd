using FireMap.DemoData.Geometry;
using FireMap.DemoData.Model;
using FireMap.DemoData.Naming;

namespace FireMap.DemoData.Generation;

/// <summary>Fills in a building's attributes from its use, size and age.</summary>
internal sealed class BuildingFactory(Random rng)
{
    // People per household in the 2020 census for Chongqing's urban districts, rounded.
    private const double PeoplePerHousehold = 2.6;

    public Building Create(
        string code,
        string name,
        string? compoundCode,
        string communityCode,
        string? buildingNo,
        string address,
        int floors,
        string useClass,
        int builtYear,
        string? managementUnit,
        string? maintenanceUnit,
        OrientedRect footprint,
        bool changedUse = false,
        bool isTower = false)
    {
        var storey = useClass is "industrial" or "warehouse" ? rng.Between(4.2, 4.8) : rng.Between(2.9, 3.1);
        var height = RandomExtensions.Round1(floors * storey);
        // GB 50016: a residential building over 27 m, any other over 24 m, is high-rise.
        var highRise = useClass == "residential" ? height > 27 : height > 24;
        var old = builtYear < 2000;
        var (alarm, smoke, sprinkler, hydrant) = FacilityProfile.Draw(rng, useClass, highRise, old);
        var lived = useClass is "residential" or "mixed";
        var hasChief = lived && rng.Chance(0.9);
        return new Building(
            code,
            name,
            compoundCode,
            communityCode,
            buildingNo,
            address,
            floors,
            height,
            useClass,
            builtYear,
            managementUnit,
            maintenanceUnit,
            hasChief ? PersonNames.FakeName(rng) : null,
            hasChief ? PersonNames.MaskedPhone(rng) : null,
            alarm,
            smoke,
            sprinkler,
            hydrant,
            changedUse,
            useClass == "mixed",
            Occupants(useClass, floors, footprint, isTower),
            footprint);
    }

    private int Occupants(string useClass, int floors, OrientedRect footprint, bool isTower)
    {
        var floorArea = footprint.Area * floors;
        double people = useClass switch
        {
            "residential" or "mixed" =>
                (useClass == "mixed" ? floors - 1 : floors)
                * (isTower ? rng.Between(4, 8) : Math.Max(2, (int)Math.Round(footprint.Length / 13)) * 2)
                * PeoplePerHousehold * rng.Between(0.7, 0.95)
                + (useClass == "mixed" ? footprint.Area * 0.05 : 0),
            "office" => floorArea / 10 * rng.Between(0.6, 0.9),
            "commercial" => floorArea * rng.Between(0.02, 0.05),
            "public" => floorArea * rng.Between(0.02, 0.06),
            "industrial" => floorArea / rng.Between(30, 60),
            "warehouse" => floorArea / rng.Between(300, 600),
            _ => rng.Between(0, 3),
        };
        return (int)Math.Round(people, MidpointRounding.AwayFromZero);
    }
}
