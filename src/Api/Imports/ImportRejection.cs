using FireMap.Api.Errors;

namespace FireMap.Api.Imports;

/// <summary>The rejections an import raises; their details carry the layer, record and field, or the unplaced rows.</summary>
internal static class ImportRejection
{
    /// <summary>A file breaks a rule. <paramref name="record"/> is 1-based, 0 when the problem concerns the whole file.</summary>
    public static Rejection At(string layer, int record, string? field, string problem) =>
        Rejection.BadInputMessage("Import rejected", Describe(layer, record, field, problem), field,
            new Dictionary<string, object?> { ["layer"] = layer, ["record"] = record, ["field"] = field, ["reason"] = problem });

    /// <summary>The issue a rejection raised while reading or checking a record stands for.</summary>
    public static ImportIssue IssueOf(Rejection rejection, string layer, string? value = null) =>
        new(rejection.Details.GetValueOrDefault("layer") as string ?? layer,
            rejection.Details.GetValueOrDefault("record") as int? ?? 0,
            rejection.Details.GetValueOrDefault("field") as string ?? rejection.Field,
            value,
            rejection.Details.GetValueOrDefault("reason") as string ?? rejection.Message);

    /// <summary>An import found problems; nothing was written. The first is named as before, all are listed.</summary>
    public static Rejection Of(IReadOnlyList<ImportIssue> issues, object report)
    {
        var first = issues[0];
        var more = issues.Count > 1 ? $" (and {issues.Count - 1} more problem(s), listed under 'errors')" : "";
        return Rejection.BadInputMessage("Import rejected", Describe(first.Layer, first.Record, first.Field, first.Reason) + more, first.Field,
            new Dictionary<string, object?>
            {
                ["layer"] = first.Layer, ["record"] = first.Record, ["field"] = first.Field, ["reason"] = first.Reason,
                ["errors"] = issues, ["report"] = report,
            });
    }

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
