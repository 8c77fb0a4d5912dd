namespace FireMap.Api.Imports;

/// <summary>The formats a layer file may come in, told by the file's name, and the reader of each.</summary>
public static class SourceReader
{
    /// <summary>Format names as reports and the <c>format=</c> parameter spell them.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["geojson", "shapefile", "geopackage", "csv", "xlsx", "kml"];

    /// <summary>The format of a file by its extension: <c>.geojson</c>/<c>.json</c>, <c>.zip</c> (a zipped shapefile), <c>.gpkg</c>, <c>.csv</c>, <c>.xlsx</c>, <c>.kml</c>; null when unknown.</summary>
    public static string? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".geojson" or ".json" => "geojson",
        ".zip" => "shapefile",
        ".gpkg" => "geopackage",
        ".csv" => "csv",
        ".xlsx" => "xlsx",
        ".kml" => "kml",
        _ => null,
    };

    /// <summary>Reads the file in its format; a problem of the whole file is raised as an import rejection.</summary>
    public static Task<SourceData> ReadAsync(string format, Stream stream, string layer, CancellationToken cancellationToken) => format switch
    {
        "geojson" => GeoJsonRecordReader.ReadSourceAsync(stream, layer, cancellationToken),
        "shapefile" => ShapefileRecordReader.ReadSourceAsync(stream, layer, cancellationToken),
        "geopackage" => GeoPackageRecordReader.ReadSourceAsync(stream, layer, cancellationToken),
        "csv" => CsvRecordReader.ReadSourceAsync(stream, layer, cancellationToken),
        "xlsx" => XlsxRecordReader.ReadSourceAsync(stream, layer, cancellationToken),
        "kml" => KmlRecordReader.ReadSourceAsync(stream, layer, cancellationToken),
        _ => throw ImportRejection.At(layer, 0, null, $"'{format}' is not a format FireMap reads; one of {string.Join(", ", Formats)}"),
    };

    /// <summary>True for formats whose positions are <c>lon</c>/<c>lat</c> columns (or an address) rather than geometries.</summary>
    public static bool IsTabular(string format) => format is "csv" or "xlsx";
}
