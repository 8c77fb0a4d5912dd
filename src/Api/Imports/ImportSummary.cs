namespace FireMap.Api.Imports;

/// <summary>How many records each layer of an import added, and the rows skipped because their address could not be placed.</summary>
public sealed record ImportSummary(IReadOnlyDictionary<string, int> RecordsByLayer, IReadOnlyList<UnplacedRow> Skipped)
{
    public int Total => RecordsByLayer.Values.Sum();

    public override string ToString() => string.Join(", ", RecordsByLayer.Select(pair => $"{pair.Key} {pair.Value}"));
}
