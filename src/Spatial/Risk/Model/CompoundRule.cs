namespace FireMap.Spatial.Risk.Model;

/// <summary>
/// How a compound's score follows from its buildings' (JSON <c>compound</c>):
/// score = w × max + (1 − w) × mean of the building scores. Compound-level factors (property
/// management, old compound, fire lanes, compound hazards and places) are already inside every
/// building's score. An unweighted mean keeps the rule monotone: an occupant-weighted mean would fall
/// when people are added to a low-risk building.
/// </summary>
public sealed record CompoundRule
{
    /// <summary>Weight w of the highest building score, 0–1; the mean gets 1 − w.</summary>
    public required double MaxWeight { get; init; }

    internal void Check(List<string> errors, string path) =>
        ModelChecks.Between(errors, $"{path}.max_weight", MaxWeight, 0, 1);
}
