using FireMap.Spatial.Interchange;

namespace FireMap.Api.Imports;

/// <summary>A file to import into a layer; the stream is opened when the importer reaches it.</summary>
public sealed record ImportFile(LayerFormat Layer, Func<Stream> Open, bool IsCsv)
{
    /// <summary>The file's format (see <see cref="SourceReader.Formats"/>); CSV or GeoJSON unless given.</summary>
    public string Format { get; init; } = IsCsv ? "csv" : "geojson";

    /// <summary>The catalog's files found in a folder (e.g. data/demo), in load order.</summary>
    public static IReadOnlyList<ImportFile> FromDirectory(string directory) =>
        ImportFormat.Layers
            .Select(layer => (layer, path: Path.Combine(directory, layer.FileName)))
            .Where(item => File.Exists(item.path))
            .Select(item => new ImportFile(item.layer, () => File.OpenRead(item.path), item.path.EndsWith(".csv", StringComparison.Ordinal)))
            .ToList();

    /// <summary>
    /// The layer and format a file name stands for (<c>buildings.geojson</c>, <c>places.csv</c>, and a
    /// layer's name with <c>.zip</c>, <c>.gpkg</c>, <c>.xlsx</c> or <c>.kml</c>), or null.
    /// </summary>
    public static ImportFile? ForName(string fileName, Func<Stream> open) =>
        ImportFormat.Find(Path.GetFileNameWithoutExtension(fileName)) is { } named && SourceReader.FormatOf(fileName) is "shapefile" or "geopackage" or "xlsx" or "kml"
            ? new ImportFile(named, open, false) { Format = SourceReader.FormatOf(fileName)! }
            : ImportFormat.Layers
            .Select(layer => string.Equals(layer.FileName, fileName, StringComparison.OrdinalIgnoreCase)
                ? new ImportFile(layer, open, layer.IsCsvOnly)
                : string.Equals(layer.CsvFileName, fileName, StringComparison.OrdinalIgnoreCase) ? new ImportFile(layer, open, true) : null)
            .FirstOrDefault(file => file is not null);
}
