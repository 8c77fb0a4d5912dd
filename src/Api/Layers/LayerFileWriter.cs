using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FireMap.Api.Exports;
using FireMap.Spatial.Interchange;
using MiniExcelLibs;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Writers;

namespace FireMap.Api.Layers;

/// <summary>
/// Writes an exported layer in each interchange format, with the import format's field names
/// (shapefiles: <see cref="LayerFormat.ShapefileName"/>), so that every file imports back.
/// </summary>
internal static class LayerFileWriter
{
    private static readonly JsonSerializerOptions _geometry = new()
    {
        Converters = { new GeoJsonConverterFactory() },
    };

    /// <summary>Extensions and their content types, by format name.</summary>
    public static readonly IReadOnlyDictionary<string, (string Extension, string ContentType)> Formats = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["geojson"] = ("geojson", "application/geo+json"),
        ["shapefile"] = ("zip", "application/zip"),
        ["geopackage"] = ("gpkg", "application/geopackage+sqlite3"),
        ["csv"] = ("csv", "text/csv; charset=utf-8"),
        ["xlsx"] = ("xlsx", XlsxSheets.ContentType),
        ["kml"] = ("kml", Kml.ContentType),
    };

    /// <summary>A GeoJSON FeatureCollection; CJK text as is (no <c>\u</c> escapes), a <c>crs</c> member when not WGS84.</summary>
    public static byte[] GeoJson(LayerFormat layer, IReadOnlyList<FieldFormat> fields, IReadOnlyList<(string?[] Values, Geometry? Geometry)> rows, CoordinateSystem crs)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteString("name", layer.Name);
            if (!crs.IsWgs84)
            {
                json.WriteStartObject("crs");
                json.WriteString("type", "name");
                json.WriteStartObject("properties");
                json.WriteString("name", crs.WebMap is null ? string.Create(CultureInfo.InvariantCulture, $"urn:ogc:def:crs:EPSG::{crs.Epsg}") : crs.ToString());
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteStartArray("features");
            foreach (var (values, geometry) in rows)
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WritePropertyName("geometry");
                if (geometry is null)
                {
                    json.WriteNullValue();
                }
                else
                {
                    JsonSerializer.Serialize(json, geometry, _geometry);
                }

                json.WriteStartObject("properties");
                for (var i = 0; i < fields.Count; i++)
                {
                    WriteValue(json, fields[i], values[i]);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteValue(Utf8JsonWriter json, FieldFormat field, string? value)
    {
        json.WritePropertyName(field.Name);
        switch (field.Kind)
        {
            case var _ when value is null:
                json.WriteNullValue();
                break;
            case FieldKind.Integer or FieldKind.Decimal:
                json.WriteRawValue(value, skipInputValidation: false);
                break;
            case FieldKind.Boolean:
                json.WriteBooleanValue(value == "true");
                break;
            case FieldKind.TextList:
                json.WriteStartArray();
                foreach (var item in value.Split('|', StringSplitOptions.RemoveEmptyEntries))
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(value);
                break;
        }
    }

    /// <summary>A zipped shapefile: .shp, .shx, .dbf (UTF-8 text, every field as text), .prj and .cpg.</summary>
    public static byte[] Shapefile(LayerFormat layer, IReadOnlyList<FieldFormat> fields, IReadOnlyList<(string?[] Values, Geometry? Geometry)> rows, string? prj)
    {
        var directory = Directory.CreateTempSubdirectory("firemap-export-");
        try
        {
            var shp = Path.Combine(directory.FullName, layer.Name + ".shp");
            var type = layer.Geometry switch
            {
                GeometryKind.MultiPolygon => ShapeType.Polygon,
                GeometryKind.LineString => ShapeType.PolyLine,
                _ => ShapeType.Point,
            };
            var options = new ShapefileWriterOptions(type) { Encoding = new UTF8Encoding(false), Projection = prj };
            foreach (var field in fields)
            {
                options.AddCharacterField(layer.ShapefileName(field), 254);
            }

            using (var writer = NetTopologySuite.IO.Esri.Shapefile.OpenWrite(shp, options))
            {
                foreach (var (values, geometry) in rows)
                {
                    var attributes = new AttributesTable();
                    for (var i = 0; i < fields.Count; i++)
                    {
                        attributes.Add(layer.ShapefileName(fields[i]), values[i]);
                    }

                    writer.Write(new Feature(geometry, attributes));
                }
            }

            File.WriteAllText(Path.ChangeExtension(shp, ".cpg"), "UTF-8");
            using var zipped = new MemoryStream();
            using (var zip = new ZipArchive(zipped, ZipArchiveMode.Create))
            {
                // In name order and with a fixed time: the same data give the same bytes, so byte
                // ranges read in separate requests (GDAL's /vsicurl/) belong to one file.
                foreach (var file in directory.GetFiles().OrderBy(f => f.Name, StringComparer.Ordinal))
                {
                    var entry = zip.CreateEntry(file.Name);
                    entry.LastWriteTime = ReproducibleTime;
                    using var source = file.OpenRead();
                    using var target = entry.Open();
                    source.CopyTo(target);
                }
            }

            return zipped.ToArray();
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    // The earliest time a zip entry can hold.
    private static readonly DateTimeOffset ReproducibleTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>CSV (formula cells neutralised): the fields, then <c>lon</c>/<c>lat</c> for points or <c>wkt</c> for lines and areas.</summary>
    public static byte[] Csv(IReadOnlyList<FieldFormat> fields, IReadOnlyList<(string?[] Values, Geometry? Geometry)> rows, bool points)
    {
        var header = fields.Select(f => f.Name).Concat(points ? ["lon", "lat"] : ["wkt"]).ToArray();
        var lines = new List<string[]> { header };
        lines.AddRange(rows.Select(row => row.Values.Select(v => v ?? "").Concat(Position(row.Geometry, points).Select(v => v ?? "")).ToArray()));
        return Encoding.UTF8.GetBytes(CsvText.Write(lines));
    }

    /// <summary>XLSX with the same columns as the CSV.</summary>
    public static byte[] Xlsx(IReadOnlyList<FieldFormat> fields, IReadOnlyList<(string?[] Values, Geometry? Geometry)> rows, bool points)
    {
        var header = fields.Select(f => f.Name).Concat(points ? ["lon", "lat"] : ["wkt"]).ToList();
        var table = XlsxSheets.Table(header, rows.Select(row => row.Values.Select((v, i) => Cell(fields[i], v))
            .Concat(Position(row.Geometry, points).Select(v => (object?)v)).ToArray()));
        using var buffer = new MemoryStream();
        buffer.SaveAs(table);
        return buffer.ToArray();
    }

    // Numbers stay numbers in the sheet; text, dates and times stay exactly as the import reads them.
    private static object? Cell(FieldFormat field, string? value) => field.Kind switch
    {
        _ when value is null => null,
        FieldKind.Integer => long.Parse(value, CultureInfo.InvariantCulture),
        FieldKind.Decimal => decimal.Parse(value, CultureInfo.InvariantCulture),
        _ => value,
    };

    private static string?[] Position(Geometry? geometry, bool points) =>
        points
            ? geometry is Point p ? [p.X.ToString("R", CultureInfo.InvariantCulture), p.Y.ToString("R", CultureInfo.InvariantCulture)] : [null, null]
            : [geometry is null ? null : new WKTWriter { MaxCoordinatesPerLine = int.MaxValue }.Write(geometry)];
}
