namespace FireMap.Api.Imports;

/// <summary>A file to import into a layer; the stream is opened when the importer reaches it.</summary>
public sealed record ImportFile(LayerSpec Layer, Func<Stream> Open)
{
    /// <summary>The catalog's files found in a folder (e.g. data/demo), in load order.</summary>
    public static IReadOnlyList<ImportFile> FromDirectory(string directory) =>
        LayerCatalog.Layers
            .Select(layer => (layer, path: Path.Combine(directory, layer.FileName)))
            .Where(item => File.Exists(item.path))
            .Select(item => new ImportFile(item.layer, () => File.OpenRead(item.path)))
            .ToList();
}
