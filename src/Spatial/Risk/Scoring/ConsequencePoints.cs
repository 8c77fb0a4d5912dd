using FireMap.Spatial.Risk.Inputs;
using FireMap.Spatial.Risk.Model;

namespace FireMap.Spatial.Risk.Scoring;

// Fills the consequence factors' capped points.
internal static class ConsequencePoints
{
    public static void Fill(CompiledRiskModel model, BuildingRiskInput b, in CompoundFacts compound, Span<double> points)
    {
        var w = model.C;
        points[(int)RiskFactor.Occupants] = Math.Min(w.Occupants.Cap, w.Occupants.PointsPer100 * b.Occupants / 100);
        points[(int)RiskFactor.Height] = Height(w.Height, b);
        points[(int)RiskFactor.VulnerableResidents] = Math.Min(w.VulnerableResidents.Cap, w.VulnerableResidents.PointsEach * b.VulnerableResidents);
        points[(int)RiskFactor.GatheringCapacity] = Gathering(model, b.Places);
        points[(int)RiskFactor.FireLaneAccess] = compound.FireLanePoints;
        points[(int)RiskFactor.FireStationDistance] = w.FireStationDistance.Routed
            ? Routed(w.FireStationDistance, FireCode.FireStationResponseMinutes, b.FireStationRoute)
            : Station(w.FireStationDistance, model.FireStationReachMeters, b.FireStationMeters);
        points[(int)RiskFactor.MicroStationDistance] = w.MicroStationDistance.Routed
            ? Routed(w.MicroStationDistance, FireCode.MicroStationResponseMinutes, b.MicroStationRoute)
            : Station(w.MicroStationDistance, model.MicroStationReachMeters, b.MicroStationMeters);
    }

    private static double Height(HeightWeights w, BuildingRiskInput b)
    {
        var threshold = FireCode.HighRiseThresholdMeters(b.Use);
        return b.HeightMeters > threshold
            ? Math.Min(w.Cap, w.HighRisePoints + (w.PointsPerMetreAbove * (b.HeightMeters - threshold)))
            : 0;
    }

    // Only places inside the building: a market in the yard does not put people in this building.
    private static double Gathering(CompiledRiskModel model, IReadOnlyList<PlaceInput> places)
    {
        long capacity = 0;
        for (var i = 0; i < places.Count; i++)
        {
            if (model.Gathering[(int)places[i].Category])
            {
                capacity += places[i].Capacity;
            }
        }

        var w = model.C.GatheringCapacity;
        return Math.Min(w.Cap, w.PointsPer100 * capacity / 100);
    }

    // No station of the kind known: assume the worst rather than reward missing data.
    private static double Station(StationWeights w, double reachMeters, double? straightMeters)
    {
        if (straightMeters is not { } straight)
        {
            return w.Cap;
        }

        var beyondKm = Math.Max(0, (straight * w.DetourFactor) - reachMeters) / 1000;
        return Math.Min(w.Cap, w.PointsPerKmBeyond * beyondKm);
    }

    // "1-3-5": turnout plus the routed minutes against the response time. No station reaching the building
    // within the network's horizon is the worst case, as a missing station is.
    private static double Routed(StationWeights w, double responseMinutes, StationRoute? route)
    {
        if (route is null)
        {
            return w.Cap;
        }

        var beyondMinutes = Math.Max(0, w.TurnoutMinutes + route.Minutes - responseMinutes);
        return Math.Min(w.Cap, w.PointsPerMinuteBeyond * beyondMinutes);
    }
}
