using FireMap.DemoData.Geometry;
using FireMap.DemoData.Model;
using FireMap.DemoData.Naming;

namespace FireMap.DemoData.Generation;

/// <summary>Choosing the subject of a hazard so that it fits the category.</summary>
internal sealed partial class HazardGenerator
{
    private HazardSubject Subject(string subjectType, string category) => subjectType switch
    {
        "building" => OfBuilding(rng.Pick(BuildingsFor(category))),
        "place" => OfPlace(rng.Pick(PlacesFor(category))),
        "compound" => OfCompound(rng.Pick(world.Compounds.Where(c => c.IsOld || rng.Chance(0.4)).ToList())),
        _ => OfLane(rng.Pick(world.FireLanes)),
    };

    private List<Building> BuildingsFor(string category)
    {
        var pool = category switch
        {
            "alarm_fault" => world.Buildings.Where(b => b.AlarmSystem == "fault"),
            "sprinkler_fault" => world.Buildings.Where(b => b.SprinklerSystem == "fault"),
            "hydrant_fault" => world.Buildings.Where(b => b.HydrantSystem == "fault"),
            "group_rental" or "ebike_indoor_charging" => world.Buildings.Where(b => b.UseClass is "residential" or "mixed"),
            // Old buildings and busy ones turn up on the lists more often.
            _ => world.Buildings.Where(b => b.BuiltYear < 2000 || b.UseClass != "residential" || rng.Chance(0.3)),
        };
        return pool.ToList();
    }

    private List<Place> PlacesFor(string category)
    {
        var pool = category switch
        {
            "group_rental" => world.Places.Where(p => p.Category == "group_rental"),
            "three_in_one" => world.Places.Where(p => p.Category == "three_in_one"),
            "alarm_fault" or "sprinkler_fault" => world.Places.Where(p => p.Category is "hotel" or "mall" or "hospital" or "school" or "elderly_care" or "entertainment"),
            "ebike_indoor_charging" => world.Places.Where(p => p.Category is "express_delivery" or "group_rental" or "three_in_one" or "ebike_charging"),
            _ => world.Places.Where(p => p.Category is not "ebike_charging" and not "energy_storage"),
        };
        return pool.ToList();
    }

    private HazardSubject OfBuilding(Building b)
    {
        var compound = b.CompoundCode is { } code ? world.CompoundByCode(code) : null;
        var name = compound is null ? b.Name : compound.Name + b.Name;
        var unit = b.ManagementUnit ?? UnitNames.ResidentsCommittee(world.CommunityName(b.CommunityCode));
        return new HazardSubject("building", b.Code, name, unit, r => SpotFinder.Inside(b, r));
    }

    private HazardSubject OfPlace(Place p)
    {
        // A shop answers for itself; a school, hospital or works through the unit that runs the building.
        var host = p.CompoundCode is null && p.BuildingCode is { } code ? world.Buildings.First(b => b.Code == code) : null;
        return new HazardSubject("place", p.Code, p.Name, host?.ManagementUnit ?? p.Name, _ => p.Location.Copy());
    }

    private HazardSubject OfCompound(Compound c)
    {
        var unit = c.PropertyManagementUnit ?? UnitNames.ResidentsCommittee(world.CommunityName(c.CommunityCode));
        return new HazardSubject("compound", c.Code, c.Name, unit, _ => c.Geometry.InteriorPoint.Coordinate.Copy());
    }

    private HazardSubject OfLane(FireLane lane)
    {
        var c = world.CompoundByCode(lane.CompoundCode);
        var unit = c.PropertyManagementUnit ?? UnitNames.ResidentsCommittee(world.CommunityName(c.CommunityCode));
        return new HazardSubject("fire_lane", lane.Code, lane.Name, unit, r => OnLine(lane.Geometry, r.Between(0.1, 0.9)));
    }
}
