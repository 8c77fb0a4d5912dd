namespace FireMap.Api.Imports;

/// <summary>The outcome of an import or a dry run: each layer's counts, every problem found, the rows left unplaced.</summary>
/// <param name="DryRun">True when nothing was written.</param>
/// <param name="Mode">insert, update or upsert.</param>
/// <param name="Layers">One result per file, in load order.</param>
/// <param name="Errors">Every problem found; an import with any writes nothing.</param>
/// <param name="Skipped">Rows whose address the geocoder could not place.</param>
public sealed record ImportReport(bool DryRun, string Mode, IReadOnlyList<LayerResult> Layers, IReadOnlyList<ImportIssue> Errors, IReadOnlyList<UnplacedRow> Skipped)
{
    public int Inserted => Layers.Sum(layer => layer.Inserted.Count);

    public int Updated => Layers.Sum(layer => layer.Updated.Count);

    public int Unchanged => Layers.Sum(layer => layer.Unchanged.Count);

    public int Retired => Layers.Sum(layer => layer.Retired.Count);

    public int Refused => Layers.Sum(layer => layer.Refused);

    /// <summary>The summary older callers read: records inserted or updated per layer.</summary>
    public ImportSummary ToSummary() =>
        new(Layers.GroupBy(layer => layer.Layer).ToDictionary(g => g.Key, g => g.Sum(layer => layer.Inserted.Count + layer.Updated.Count), StringComparer.Ordinal), Skipped);
}
