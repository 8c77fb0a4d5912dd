namespace FireMap.Api.Imports;

/// <summary>How many records each layer of an import added.</summary>
public sealed record ImportSummary(IReadOnlyDictionary<string, int> RecordsByLayer)
{
    public int Total => RecordsByLayer.Values.Sum();

    public override string ToString() => string.Join(", ", RecordsByLayer.Select(pair => $"{pair.Key} {pair.Value}"));
}
