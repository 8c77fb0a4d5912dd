using FireMap.Spatial.Risk.Inputs;
using FireMap.Spatial.Risk.Model;

namespace FireMap.Spatial.Risk.Scoring;

// Fills the likelihood factors' capped points. Everything that is summed over rows is first counted in
// integers and multiplied by its weight afterwards, so the result does not depend on the order of rows,
// not even in the last bit of a double.
internal static class LikelihoodPoints
{
    private const int Plain = 0;
    private const int Ebike = 1;
    private const int Group = 2;

    public static void Fill(CompiledRiskModel model, BuildingRiskInput b, in CompoundFacts compound, DateOnly asOf, Span<double> points)
    {
        var w = model.L;
        FillHazards(b.Hazards, compound.Hazards, asOf, out var hazards);
        Span<int> places = stackalloc int[model.PlacePoints.Length];
        Count(b.Places, places);
        Count(compound.Places, places);
        var highRise = FireCode.IsHighRise(b.Use, b.HeightMeters);

        points[(int)RiskFactor.OpenHazards] = Math.Min(w.OpenHazards.Cap, hazards.Severity(w, Plain));
        points[(int)RiskFactor.OverdueHazards] = Math.Min(w.OverdueHazards.Cap,
            (w.OverdueHazards.Multiplier - 1) * ((hazards.OverdueGeneral * w.OpenHazards.GeneralPoints) + (hazards.OverdueMajor * w.OpenHazards.MajorPoints)));
        points[(int)RiskFactor.SupervisedHazards] = Math.Min(w.SupervisedHazards.Cap, hazards.Supervised * w.SupervisedHazards.PointsEach);
        points[(int)RiskFactor.AlarmSystem] = System(w.AlarmSystem, b.Alarm, highRise);
        points[(int)RiskFactor.SmokeControlSystem] = System(w.SmokeControlSystem, b.SmokeControl, highRise);
        points[(int)RiskFactor.SprinklerSystem] = System(w.SprinklerSystem, b.Sprinkler, highRise);
        points[(int)RiskFactor.HydrantSystem] = System(w.HydrantSystem, b.Hydrant, highRise);
        points[(int)RiskFactor.BuildingAge] = Age(w.BuildingAge, b.BuiltYear ?? compound.BuiltYear, asOf);
        points[(int)RiskFactor.NoPropertyManagement] = compound.NoPropertyManagement ? w.NoPropertyManagementPoints : 0;
        points[(int)RiskFactor.OldCompound] = compound.IsOld ? w.OldCompoundPoints : 0;
        points[(int)RiskFactor.EbikeElectrical] = Math.Min(w.EbikeElectrical.Cap,
            (places[(int)PlaceCategory.EbikeCharging] * w.EbikeElectrical.ChargingPlacePoints) + hazards.Severity(w, Ebike));
        points[(int)RiskFactor.MixedOrChangedUse] =
            (b.MixedUse || b.Use == BuildingUse.Mixed ? w.MixedOrChangedUse.MixedUsePoints : 0)
            + (b.ChangedUse ? w.MixedOrChangedUse.ChangedUsePoints : 0);
        points[(int)RiskFactor.GroupRentalThreeInOne] = Math.Min(w.GroupRentalThreeInOne.Cap,
            (places[(int)PlaceCategory.GroupRental] * w.GroupRentalThreeInOne.GroupRentalPlacePoints)
            + (places[(int)PlaceCategory.ThreeInOne] * w.GroupRentalThreeInOne.ThreeInOnePlacePoints)
            + hazards.Severity(w, Group));
        points[(int)RiskFactor.OccupancyHazard] = Occupancy(model, b.Use, places);
        points[(int)RiskFactor.NearbyIncidents] = Incidents(w.NearbyIncidents, b.Incidents, asOf);
    }

    private static void FillHazards(IReadOnlyList<HazardInput> own, IReadOnlyList<HazardInput> shared, DateOnly asOf, out HazardCounts counts)
    {
        counts = default;
        Tally(own, asOf, ref counts);
        Tally(shared, asOf, ref counts);
    }

    private static void Tally(IReadOnlyList<HazardInput> hazards, DateOnly asOf, ref HazardCounts counts)
    {
        for (var i = 0; i < hazards.Count; i++)
        {
            var hazard = hazards[i];
            if (!hazard.IsOpenOn(asOf))
            {
                continue;
            }

            var route = hazard.Category switch
            {
                HazardCategory.EbikeIndoorCharging or HazardCategory.ElectricalWiring => Ebike,
                HazardCategory.GroupRental or HazardCategory.ThreeInOne => Group,
                _ => Plain,
            };
            var major = hazard.Severity == HazardSeverity.Major;
            counts.Add(route, major);
            if (hazard.Deadline < asOf)
            {
                if (major)
                {
                    counts.OverdueMajor++;
                }
                else
                {
                    counts.OverdueGeneral++;
                }
            }

            if (hazard.Supervised)
            {
                counts.Supervised++;
            }
        }
    }

    private static void Count(IReadOnlyList<PlaceInput> places, Span<int> counts)
    {
        for (var i = 0; i < places.Count; i++)
        {
            counts[(int)places[i].Category]++;
        }
    }

    private static double System(FireSystemWeights w, FireSystemStatus status, bool highRise) => status switch
    {
        FireSystemStatus.Fault => w.FaultPoints,
        FireSystemStatus.Absent => highRise ? w.AbsentHighRisePoints : w.AbsentOtherPoints,
        _ => 0,
    };

    private static double Age(BuildingAgeWeights w, int? builtYear, DateOnly asOf) => builtYear is { } year
        ? Math.Min(w.Cap, w.PointsPerYear * Math.Max(0, asOf.Year - year - w.GraceYears))
        : Math.Min(w.Cap, w.UnknownPoints);

    private static double Occupancy(CompiledRiskModel model, BuildingUse use, ReadOnlySpan<int> places)
    {
        var points = model.UsePoints[(int)use];
        for (var category = 0; category < places.Length; category++)
        {
            points += places[category] * model.PlacePoints[category];
        }

        return Math.Min(model.L.OccupancyHazard.Cap, points);
    }

    // Linear decay over the window: Σ (window − age) is an integer, so the sum is exact in any order.
    private static double Incidents(IncidentWeights w, IReadOnlyList<IncidentInput> incidents, DateOnly asOf)
    {
        long weight = 0;
        for (var i = 0; i < incidents.Count; i++)
        {
            var incident = incidents[i];
            var age = asOf.DayNumber - incident.OccurredOn.DayNumber;
            if (age >= 0 && age < w.WindowDays && incident.DistanceMeters <= w.RadiusMeters)
            {
                weight += w.WindowDays - age;
            }
        }

        return Math.Min(w.Cap, w.PointsEach * weight / w.WindowDays);
    }

    private struct HazardCounts
    {
        private int _plainGeneral, _plainMajor, _ebikeGeneral, _ebikeMajor, _groupGeneral, _groupMajor;

        public int OverdueGeneral;
        public int OverdueMajor;
        public int Supervised;

        public void Add(int route, bool major)
        {
            switch (route, major)
            {
                case (Ebike, true): _ebikeMajor++; break;
                case (Ebike, false): _ebikeGeneral++; break;
                case (Group, true): _groupMajor++; break;
                case (Group, false): _groupGeneral++; break;
                case (_, true): _plainMajor++; break;
                default: _plainGeneral++; break;
            }
        }

        public readonly double Severity(LikelihoodWeights w, int route)
        {
            var (general, major) = route switch
            {
                Ebike => (_ebikeGeneral, _ebikeMajor),
                Group => (_groupGeneral, _groupMajor),
                _ => (_plainGeneral, _plainMajor),
            };
            return (general * w.OpenHazards.GeneralPoints) + (major * w.OpenHazards.MajorPoints);
        }
    }
}
