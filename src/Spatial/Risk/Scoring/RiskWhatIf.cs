using FireMap.Spatial.Risk.Inputs;

namespace FireMap.Spatial.Risk.Scoring;

/// <summary>
/// Hypothetical fixes for "what would the score be if ..." questions: returns a copy of the input with
/// some hazards closed and some blockages cleared on a given date; the original is not changed.
/// Score the copy with the same model and as-of date and compare.
/// </summary>
public static class RiskWhatIf
{
    /// <summary>A copy of <paramref name="compound"/> with the listed hazards closed (销号) on <paramref name="on"/>.</summary>
    /// <param name="compound">The compound as it is.</param>
    /// <param name="hazardIds">Ids of hazards to close, on the compound or any of its buildings; unknown ids are ignored.</param>
    /// <param name="on">The closing date; pass the as-of date to see the score on that day.</param>
    public static CompoundRiskInput CloseHazards(CompoundRiskInput compound, IReadOnlySet<long> hazardIds, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(compound);
        ArgumentNullException.ThrowIfNull(hazardIds);
        return hazardIds.Count == 0 ? compound : compound with
        {
            Hazards = Close(compound.Hazards, hazardIds, on),
            Buildings = [.. compound.Buildings.Select(b => b with { Hazards = Close(b.Hazards, hazardIds, on) })],
        };
    }

    /// <summary>A copy of <paramref name="compound"/> with the listed blockages cleared on <paramref name="on"/>.</summary>
    /// <param name="compound">The compound as it is.</param>
    /// <param name="blockageIds">Ids of blockages to clear, on any of the compound's lanes; unknown ids are ignored.</param>
    /// <param name="on">The clearing date; pass the as-of date to see the score on that day.</param>
    public static CompoundRiskInput ClearBlockages(CompoundRiskInput compound, IReadOnlySet<long> blockageIds, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(compound);
        ArgumentNullException.ThrowIfNull(blockageIds);
        return blockageIds.Count == 0 ? compound : compound with
        {
            FireLanes =
            [
                .. compound.FireLanes.Select(lane => lane with
                {
                    Blockages = [.. lane.Blockages.Select(b => blockageIds.Contains(b.Id) && b.IsActiveOn(on) ? b with { ClearedOn = on } : b)],
                }),
            ],
        };
    }

    // Only open hazards are closed, and never later than they already were: a fix cannot reopen anything.
    private static HazardInput[] Close(IReadOnlyList<HazardInput> hazards, IReadOnlySet<long> ids, DateOnly on) =>
        [.. hazards.Select(h => ids.Contains(h.Id) && h.IsOpenOn(on) ? h with { ClosedOn = on } : h)];
}
