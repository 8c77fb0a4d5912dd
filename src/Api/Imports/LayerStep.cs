using FireMap.Spatial.Interchange;

namespace FireMap.Api.Imports;

/// <summary>One file on its way through an import: what was read, where its positions came from, what became of its records.</summary>
internal sealed class LayerStep(LayerFormat layer, string format, ImportOptions options, List<ImportIssue> issues)
{
    public LayerFormat Layer { get; } = layer;

    public string Format { get; } = format;

    public ImportOptions Options { get; } = options;

    /// <summary>The import's problems, shared by all its files.</summary>
    public List<ImportIssue> Issues { get; } = issues;

    public List<ImportRecord>? Records { get; set; }

    public int RecordCount { get; set; }

    public int Refused { get; set; }

    public CoordinateSystem? Crs { get; set; }

    public string CrsSource { get; set; } = "default";

    public FieldReport Fields { get; set; } = new(new Dictionary<string, string>(), [], [], []);

    public IReadOnlyList<string> SourceFields { get; set; } = [];

    public IReadOnlyList<IReadOnlyDictionary<string, string?>> Sample { get; set; } = [];

    public List<string> Inserted { get; } = [];

    public List<string> Updated { get; } = [];

    public List<string> Unchanged { get; } = [];

    public List<string> Retired { get; } = [];

    public LayerResult Result() =>
        new(Layer.Name, Format, Crs is null ? "unknown" : $"{Crs} ({CrsSource})", RecordCount, Inserted, Updated, Unchanged, Retired, Refused, Fields, SourceFields, Sample);
}
