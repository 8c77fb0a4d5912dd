using FireMap.Api.Errors;

namespace FireMap.Api.Imports;

/// <summary>The rejections an import raises; their details carry the layer, record and field, or the unplaced rows.</summary>
internal static class ImportRejection
{
    /// <summary>A file breaks a rule. <paramref name="record"/> is 1-based, 0 when the problem concerns the whole file.</summary>
    public static Rejection At(string layer, int record, string? field, string problem) =>
        Rejection.BadInputMessage("Import rejected", Describe(layer, record, field, problem), field,
            new Dictionary<string, object?> { ["layer"] = layer, ["record"] = record, ["field"] = field });

    /// <summary>Rows could not be placed by their address; nothing was written.</summary>
    public static Rejection Unplaced(IReadOnlyList<UnplacedRow> rows) =>
        Rejection.BadInputMessage("Rows could not be placed",
            $"{rows.Count} row(s) could not be placed by their address; add lon/lat or a clearer address, or import with allowUnplaced=true to skip them",
            details: new Dictionary<string, object?> { ["unplaced"] = rows });

    private static string Describe(string layer, int record, string? field, string problem) =>
        (record, field) switch
        {
            (0, _) => $"{layer}: {problem}",
            (_, null) => $"{layer}, record {record}: {problem}",
            _ => $"{layer}, record {record}, field '{field}': {problem}",
        };
}
