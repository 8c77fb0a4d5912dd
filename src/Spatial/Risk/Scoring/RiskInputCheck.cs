using System.Diagnostics.CodeAnalysis;
using FireMap.Spatial.Risk.Inputs;

namespace FireMap.Spatial.Risk.Scoring;

// Refuses inputs the model cannot score meaningfully, naming the row, so a bad import shows up as an
// error rather than as a quietly wrong rank. Messages are formatted only on failure: this runs for
// every row of a full recompute.
internal static class RiskInputCheck
{
    public static void Compound(CompoundRiskInput c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.FireLanes is null || c.Hazards is null || c.Places is null || c.Buildings is null)
        {
            Fail($"compound {c.Id}: FireLanes, Hazards, Places and Buildings must not be null (use an empty list)");
        }

        foreach (var lane in c.FireLanes)
        {
            if (!Positive(lane.ClearWidthMeters) || !Positive(lane.ClearHeightMeters) || lane.Blockages is null)
            {
                Fail($"compound {c.Id} fire lane {lane.Id}: clear width and height must be > 0 and Blockages not null, were {lane.ClearWidthMeters} m, {lane.ClearHeightMeters} m");
            }

            foreach (var blockage in lane.Blockages)
            {
                if (!NonNegative(blockage.RemainingWidthMeters))
                {
                    Fail($"compound {c.Id} fire lane {lane.Id} blockage {blockage.Id}: RemainingWidthMeters must be ≥ 0, was {blockage.RemainingWidthMeters}");
                }
            }
        }

        Hazards(c.Hazards, c.Id, "compound");
        Places(c.Places, c.Id, "compound");
        UniqueIds(c);
    }

    public static void Building(BuildingRiskInput b)
    {
        ArgumentNullException.ThrowIfNull(b);
        if ((uint)b.Use > (uint)BuildingUse.Other || !Positive(b.HeightMeters) || b.Occupants < 0 || b.VulnerableResidents < 0
            || !Status(b.Alarm) || !Status(b.SmokeControl) || !Status(b.Sprinkler) || !Status(b.Hydrant))
        {
            Fail($"building {b.Id}: needs a defined use and system states, HeightMeters > 0, Occupants and VulnerableResidents ≥ 0; "
                + $"were {b.Use}, {b.HeightMeters} m, {b.Occupants}, {b.VulnerableResidents}");
        }

        if (!Distance(b.FireStationMeters) || !Distance(b.MicroStationMeters))
        {
            Fail($"building {b.Id}: station distances must be ≥ 0 or null, were {b.FireStationMeters}, {b.MicroStationMeters}");
        }

        if (!Route(b.FireStationRoute) || !Route(b.MicroStationRoute))
        {
            Fail($"building {b.Id}: station routes need a station name and seconds ≥ 0, were {b.FireStationRoute}, {b.MicroStationRoute}");
        }

        if (b.Hazards is null || b.Places is null || b.Incidents is null)
        {
            Fail($"building {b.Id}: Hazards, Places and Incidents must not be null (use an empty list)");
        }

        Hazards(b.Hazards, b.Id, "building");
        Places(b.Places, b.Id, "building");
        foreach (var incident in b.Incidents)
        {
            if (!NonNegative(incident.DistanceMeters))
            {
                Fail($"building {b.Id} incident {incident.Id}: DistanceMeters must be ≥ 0, was {incident.DistanceMeters}");
            }
        }
    }

    private static void Hazards(IReadOnlyList<HazardInput> hazards, long owner, string kind)
    {
        foreach (var h in hazards)
        {
            if ((uint)h.Category > (uint)HazardCategory.Other || (uint)h.Severity > (uint)HazardSeverity.Major)
            {
                Fail($"{kind} {owner} hazard {h.Id}: undefined category {h.Category} or severity {h.Severity}");
            }
        }
    }

    private static void Places(IReadOnlyList<PlaceInput> places, long owner, string kind)
    {
        foreach (var p in places)
        {
            if ((uint)p.Category > (uint)PlaceCategory.ThreeInOne || p.Capacity < 0)
            {
                Fail($"{kind} {owner} place {p.Id}: needs a defined category and Capacity ≥ 0, were {p.Category}, {p.Capacity}");
            }
        }
    }

    // Ids must be unique: results are keyed by them. Compounds are small, so pairwise beats a hash set.
    private static void UniqueIds(CompoundRiskInput c)
    {
        var buildings = c.Buildings;
        if (buildings.Count > 64)
        {
            var seen = new HashSet<long>(buildings.Count);
            foreach (var b in buildings)
            {
                if (!seen.Add(b.Id))
                {
                    Fail($"compound {c.Id}: building id {b.Id} appears twice");
                }
            }

            return;
        }

        for (var i = 0; i < buildings.Count; i++)
        {
            for (var j = i + 1; j < buildings.Count; j++)
            {
                if (buildings[i].Id == buildings[j].Id)
                {
                    Fail($"compound {c.Id}: building id {buildings[i].Id} appears twice");
                }
            }
        }
    }

    private static bool Positive(double value) => double.IsFinite(value) && value > 0;

    private static bool NonNegative(double value) => double.IsFinite(value) && value >= 0;

    private static bool Distance(double? value) => value is not { } v || NonNegative(v);

    private static bool Route(StationRoute? route) => route is null || (!string.IsNullOrEmpty(route.StationName) && NonNegative(route.Seconds));

    private static bool Status(FireSystemStatus status) => (uint)status <= (uint)FireSystemStatus.Absent;

    [DoesNotReturn]
    private static void Fail(string message) => throw new ArgumentException(message);
}
