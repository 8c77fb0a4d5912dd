using System.Globalization;
using System.IO.Compression;
using System.Text;
using FireMap.Spatial.Interchange;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;

namespace FireMap.Api.Imports;

/// <summary>
/// Reads a zipped shapefile: one <c>.shp</c> with its <c>.shx</c>, <c>.dbf</c>, and the <c>.prj</c>
/// that names its coordinate system and the <c>.cpg</c> that names its text encoding (GBK and
/// UTF-8 both occur in Chinese data). Without a <c>.cpg</c>, the dBASE language byte decides, and
/// text that is not valid UTF-8 is refused rather than stored garbled.
/// </summary>
internal static class ShapefileRecordReader
{
    // dBASE language driver ids of the Chinese code pages (936 = GBK).
    private const byte LanguageDriverGbk = 0x4D;

    static ShapefileRecordReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static async Task<SourceData> ReadSourceAsync(Stream stream, string layer, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("firemap-shp-");
        try
        {
            using (var buffer = new MemoryStream())
            {
                await stream.CopyToAsync(buffer, cancellationToken);
                buffer.Position = 0;
                try
                {
                    using var zip = new ZipArchive(buffer, ZipArchiveMode.Read);
                    foreach (var entry in zip.Entries.Where(e => e.Length > 0 && !e.FullName.Contains("__MACOSX", StringComparison.Ordinal)))
                    {
                        // Only the file name is used: a path in the archive never leaves the folder.
                        entry.ExtractToFile(Path.Combine(directory.FullName, Path.GetFileName(entry.FullName)), overwrite: true);
                    }
                }
                catch (InvalidDataException)
                {
                    throw ImportRejection.At(layer, 0, null, "not a readable ZIP archive; zip the .shp, .shx, .dbf, .prj and .cpg together");
                }
            }

            var shapes = directory.GetFiles("*.shp", new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive });
            if (shapes.Length != 1)
            {
                throw ImportRejection.At(layer, 0, null,
                    shapes.Length == 0 ? "the ZIP archive holds no .shp file" : $"the ZIP archive holds {shapes.Length} shapefiles; import one layer per file");
            }

            return Read(shapes[0].FullName, layer);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static SourceData Read(string shp, string layer)
    {
        var stem = Path.ChangeExtension(shp, null);
        var dbf = Sibling(stem, ".dbf") ?? throw ImportRejection.At(layer, 0, null, "the shapefile has no .dbf attribute table in the ZIP archive");
        var prj = Sibling(stem, ".prj");
        var cpg = Sibling(stem, ".cpg");
        var encoding = EncodingOf(cpg, dbf, layer);
        var wkt = prj is null ? null : File.ReadAllText(prj).Trim();

        var records = new List<ImportRecord>();
        var names = new List<string>();
        try
        {
            foreach (var feature in Shapefile.ReadAllFeatures(shp, new ShapefileReaderOptions { Encoding = encoding }))
            {
                var attributes = feature.Attributes;
                if (names.Count == 0 && attributes is not null)
                {
                    names.AddRange(attributes.GetNames());
                }

                var values = names.ToDictionary(name => name, name => AsText(attributes?[name]), StringComparer.Ordinal);
                var geometry = feature.Geometry is { IsEmpty: false } g ? g : null;
                records.Add(new ImportRecord(records.Count + 1, values, geometry));
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException or FormatException or InvalidOperationException)
        {
            throw ImportRejection.At(layer, records.Count + 1, null, "the shapefile is damaged at this record (.shp, .shx and .dbf must belong together)");
        }

        CheckText(records, encoding, layer);
        var crs = wkt is null ? null : CoordinateSystem.EpsgOfWkt(wkt) is { } epsg ? new CoordinateSystem(epsg) : null;
        return new SourceData("shapefile", records, names, wkt is null ? CoordinateSystem.Wgs84 : crs, crs is null ? wkt : null, []);
    }

    private static Encoding EncodingOf(string? cpg, string dbf, string layer)
    {
        if (cpg is not null)
        {
            var name = File.ReadAllText(cpg).Trim();
            try
            {
                return name.ToUpperInvariant() switch
                {
                    "UTF-8" or "UTF8" or "65001" => new UTF8Encoding(false, throwOnInvalidBytes: true),
                    "936" or "CP936" or "GBK" or "GB2312" or "ANSI 936" => Encoding.GetEncoding(936),
                    "GB18030" or "54936" => Encoding.GetEncoding(54936),
                    _ when int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var page) => Encoding.GetEncoding(page),
                    _ => Encoding.GetEncoding(name),
                };
            }
            catch (ArgumentException)
            {
                throw ImportRejection.At(layer, 0, null, $"the .cpg names the encoding '{name}', which FireMap does not know; use UTF-8 or GBK");
            }
        }

        using var header = File.OpenRead(dbf);
        var bytes = new byte[32];
        return header.Read(bytes, 0, 32) == 32 && bytes[29] == LanguageDriverGbk
            ? Encoding.GetEncoding(936)
            : new UTF8Encoding(false, throwOnInvalidBytes: true);
    }

    // The reader decodes with replacement characters whatever the encoding says; a U+FFFD in UTF-8
    // text means the file was in another encoding and would be stored garbled.
    private static void CheckText(List<ImportRecord> records, Encoding encoding, string layer)
    {
        if (encoding is not UTF8Encoding)
        {
            return;
        }

        if (records.FirstOrDefault(r => r.Values.Values.Any(v => v?.Contains('\uFFFD', StringComparison.Ordinal) == true)) is { } bad)
        {
            throw ImportRejection.At(layer, bad.Number, null,
                "the attribute text is not UTF-8 and the shapefile has no .cpg naming its encoding; add a .cpg (GBK or UTF-8) and import again");
        }
    }

    private static string? Sibling(string stem, string extension) =>
        Directory.GetFiles(Path.GetDirectoryName(stem)!, Path.GetFileName(stem) + ".*")
            .FirstOrDefault(path => string.Equals(Path.GetExtension(path), extension, StringComparison.OrdinalIgnoreCase));

    private static string? AsText(object? value) => value switch
    {
        null or DBNull => null,
        string text => string.IsNullOrWhiteSpace(text) ? null : text.TrimEnd(),
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
