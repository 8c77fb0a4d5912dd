using FireMap.Spatial.Risk.Inputs;

namespace FireMap.Api.Risk.Inputs;

/// <summary>
/// Groups the rows of the input statements per building and per compound and builds the risk library's
/// records. Rows that point at a building or compound outside the set (a hazard on a building id that no
/// longer exists) count for nothing; a building whose compound is not in the set is scored alone.
/// </summary>
internal static class RiskInputAssembler
{
    public static RiskInputSet Assemble(RiskInputRows rows)
    {
        var stations = new Dictionary<long, (double? Fire, double? Micro)>(rows.Stations.Count);
        foreach (var station in rows.Stations)
        {
            stations[station.BuildingId] = (station.FireStationMeters, station.MicroStationMeters);
        }

        var routes = new Dictionary<long, RouteRow>(rows.Routes.Count);
        foreach (var route in rows.Routes)
        {
            routes[route.BuildingId] = route;
        }

        var used = new List<RouteRow>(rows.Buildings.Count);
        var (buildingHazards, compoundHazards) = Split(rows.Hazards.Select(h => (h.BuildingId, h.CompoundId, h.Hazard)));
        var (buildingPlaces, compoundPlaces) = Split(rows.Places.Select(p => (p.BuildingId, p.CompoundId, p.Place)));
        var incidents = new Dictionary<long, List<IncidentInput>>();
        foreach (var (buildingId, incident) in rows.Incidents)
        {
            AddIncident(incidents, buildingId, incident);
        }

        var compoundIds = rows.Compounds.Select(c => c.Id).ToHashSet();
        var buildingsByCompound = new Dictionary<long, List<BuildingRiskInput>>();
        var lone = new List<BuildingRiskInput>();
        foreach (var (compoundId, template) in rows.Buildings)
        {
            var (fire, micro) = stations.GetValueOrDefault(template.Id);
            var route = routes.GetValueOrDefault(template.Id, new RouteRow(template.Id, null, null));
            used.Add(route);
            var building = template with
            {
                FireStationMeters = fire,
                MicroStationMeters = micro,
                FireStationRoute = route.Fire,
                MicroStationRoute = route.Micro,
                Hazards = Listed(buildingHazards, template.Id),
                Places = Listed(buildingPlaces, template.Id),
                Incidents = Listed(incidents, template.Id),
            };
            if (compoundId is long id && compoundIds.Contains(id))
            {
                Add(buildingsByCompound, id, building);
            }
            else
            {
                lone.Add(building);
            }
        }

        var lanes = Lanes(rows.Lanes);
        var compounds = rows.Compounds
            .OrderBy(c => c.Id)
            .Select(c => new CompoundRiskInput
            {
                Id = c.Id,
                HasPropertyManagement = c.HasPropertyManagement,
                IsOld = c.IsOld,
                BuiltYear = c.BuiltYear,
                FireLanes = Listed(lanes, c.Id),
                Hazards = Listed(compoundHazards, c.Id),
                Places = Listed(compoundPlaces, c.Id),
                Buildings = Listed(buildingsByCompound, c.Id),
            })
            .ToList();
        lone.Sort((a, b) => a.Id.CompareTo(b.Id));
        return new RiskInputSet(compounds, lone, rows.Stations, used);
    }

    // A lane row comes once per active blockage (or once, without one); lanes keep their first-seen order.
    private static Dictionary<long, List<FireLaneInput>> Lanes(
        List<(long LaneId, long CompoundId, double Width, double Height, BlockageInput? Blockage)> rows)
    {
        var lanes = new Dictionary<long, (long CompoundId, double Width, double Height, List<BlockageInput> Blockages)>();
        foreach (var row in rows)
        {
            if (!lanes.TryGetValue(row.LaneId, out var lane))
            {
                lane = (row.CompoundId, row.Width, row.Height, []);
                lanes[row.LaneId] = lane;
            }

            if (row.Blockage is { } blockage)
            {
                lane.Blockages.Add(blockage);
            }
        }

        var byCompound = new Dictionary<long, List<FireLaneInput>>();
        foreach (var (id, lane) in lanes)
        {
            Add(byCompound, lane.CompoundId, new FireLaneInput
            {
                Id = id,
                ClearWidthMeters = lane.Width,
                ClearHeightMeters = lane.Height,
                Blockages = lane.Blockages,
            });
        }

        return byCompound;
    }

    // Rows routed to a building go to the building; the others (routed to a compound only) to the compound.
    private static (Dictionary<long, List<T>> ByBuilding, Dictionary<long, List<T>> ByCompound) Split<T>(
        IEnumerable<(long? BuildingId, long? CompoundId, T Item)> rows)
    {
        var byBuilding = new Dictionary<long, List<T>>();
        var byCompound = new Dictionary<long, List<T>>();
        foreach (var (buildingId, compoundId, item) in rows)
        {
            if (buildingId is long building)
            {
                Add(byBuilding, building, item);
            }
            else if (compoundId is long compound)
            {
                Add(byCompound, compound, item);
            }
        }

        return (byBuilding, byCompound);
    }

    // A fire recorded against a building that also lies within the radius of it comes twice: keep it once, nearest.
    private static void AddIncident(Dictionary<long, List<IncidentInput>> lists, long buildingId, IncidentInput incident)
    {
        if (lists.TryGetValue(buildingId, out var list))
        {
            var same = list.FindIndex(i => i.Id == incident.Id);
            if (same >= 0)
            {
                list[same] = list[same].DistanceMeters <= incident.DistanceMeters ? list[same] : incident;
                return;
            }
        }

        Add(lists, buildingId, incident);
    }

    private static void Add<T>(Dictionary<long, List<T>> lists, long key, T item)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            list = [];
            lists[key] = list;
        }

        list.Add(item);
    }

    private static IReadOnlyList<T> Listed<T>(Dictionary<long, List<T>> lists, long key) =>
        lists.TryGetValue(key, out var list) ? list : [];
}
