namespace FireMap.Api.Imports;

/// <summary>An import file breaks a rule; names the layer, the record and the field.</summary>
public sealed class ImportException(string layer, int record, string? field, string problem)
    : Exception(Describe(layer, record, field, problem))
{
    public string Layer { get; } = layer;

    /// <summary>1-based record number; 0 when the problem concerns the whole file.</summary>
    public int Record { get; } = record;

    public string? Field { get; } = field;

    public string Problem { get; } = problem;

    private static string Describe(string layer, int record, string? field, string problem) =>
        (record, field) switch
        {
            (0, _) => $"{layer}: {problem}",
            (_, null) => $"{layer}, record {record}: {problem}",
            _ => $"{layer}, record {record}, field '{field}': {problem}",
        };
}
