using FireMap.Spatial.Risk.Inputs;
using FireMap.Spatial.Risk.Model;

namespace FireMap.Spatial.Risk.Scoring;

// What a compound adds to each of its buildings, worked out once per compound rather than per building.
internal readonly record struct CompoundFacts(
    bool NoPropertyManagement,
    bool IsOld,
    int? BuiltYear,
    double FireLanePoints,
    IReadOnlyList<HazardInput> Hazards,
    IReadOnlyList<PlaceInput> Places)
{
    public static readonly CompoundFacts None = new(false, false, null, 0, [], []);

    public static CompoundFacts Of(CompiledRiskModel model, CompoundRiskInput? compound, DateOnly asOf) =>
        compound is null
            ? None
            : new(!compound.HasPropertyManagement, compound.IsOld, compound.BuiltYear,
                LanePoints(model.C.FireLaneAccess, compound.FireLanes, asOf), compound.Hazards, compound.Places);

    // The narrowest usable width decides: one lane too narrow for an engine is where a rescue stalls.
    private static double LanePoints(FireLaneWeights w, IReadOnlyList<FireLaneInput> lanes, DateOnly asOf)
    {
        if (lanes.Count == 0)
        {
            return Math.Min(w.Cap, w.NoLanePoints);
        }

        var narrowest = double.PositiveInfinity;
        var lowest = double.PositiveInfinity;
        var active = 0;
        foreach (var lane in lanes)
        {
            var usable = lane.ClearWidthMeters;
            foreach (var blockage in lane.Blockages)
            {
                if (blockage.IsActiveOn(asOf))
                {
                    active++;
                    usable = Math.Min(usable, blockage.RemainingWidthMeters);
                }
            }

            narrowest = Math.Min(narrowest, usable);
            lowest = Math.Min(lowest, lane.ClearHeightMeters);
        }

        var points = (w.PointsPerMetreWidthShort * Math.Max(0, FireCode.FireLaneMinWidthMeters - narrowest))
            + (w.PointsPerMetreHeightShort * Math.Max(0, FireCode.FireLaneMinHeightMeters - lowest))
            + (w.PointsPerActiveBlockage * active);
        return Math.Min(w.Cap, points);
    }
}
