namespace FireMap.Api.Coverage;

/// <summary>What a candidate station would change: outside before and after, and how many become covered.</summary>
public sealed record CoverageWhatIfAnswer(int Minutes, string Kind, int BuildingsOutsideBefore, int BuildingsOutsideAfter, long OccupantsOutsideBefore, long OccupantsOutsideAfter)
{
    public int BuildingsNewlyCovered => BuildingsOutsideBefore - BuildingsOutsideAfter;

    public long OccupantsNewlyCovered => OccupantsOutsideBefore - OccupantsOutsideAfter;
}
