using FireMap.Api.Errors;
using FireMap.Spatial.Geometry;
using FireMap.Spatial.Interchange;
using NetTopologySuite.Geometries;

namespace FireMap.Api.Imports;

/// <summary>
/// Checks one record against its layer and turns it into the parameter values of the layer's
/// INSERT or UPDATE. Every problem of the record is reported, not only the first.
/// </summary>
internal static class RowBuilder
{
    private const int ValueLength = 80;

    /// <summary>The record's code and row, or null when it has problems (all added to <paramref name="issues"/>).</summary>
    public static async Task<(string Code, object?[] Row)?> BuildAsync(LayerFormat layer, ImportRecord record, CodeResolver resolver,
        HashSet<string> codesInFile, ImportArea area, List<ImportIssue> issues, CancellationToken cancellationToken)
    {
        var before = issues.Count;
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in layer.Fields)
        {
            var text = record[field.Name];
            try
            {
                var value = FieldValueParser.Parse(field, text, layer.Name, record.Number);
                values[Columns.Of(field)] = value is string code && field.Kind is FieldKind.Reference or FieldKind.SubjectReference
                    ? await ResolveAsync(layer, field, code, values, record.Number, resolver, cancellationToken)
                    : value;
            }
            catch (Rejection rejection)
            {
                issues.Add(ImportRejection.IssueOf(rejection, layer.Name, Shorten(text)));
            }
        }

        var geometry = CheckGeometry(layer, record, area, issues);
        if (values.GetValueOrDefault("code") is string ownCode && !codesInFile.Add(ownCode))
        {
            issues.Add(new ImportIssue(layer.Name, record.Number, "code", Shorten(ownCode), $"'{ownCode}' is used more than once in the file"));
        }

        if (issues.Count > before)
        {
            return null;
        }

        if (RecordRules.Check(layer.Name, values) is var (ruleField, problem))
        {
            issues.Add(new ImportIssue(layer.Name, record.Number, ruleField, Shorten(record[ruleField]), problem));
            return null;
        }

        var row = new object?[layer.Fields.Count + 1];
        for (var i = 0; i < layer.Fields.Count; i++)
        {
            row[i] = values[Columns.Of(layer.Fields[i])];
        }

        row[^1] = geometry;
        return ((string)values["code"]!, row);
    }

    private static string? Shorten(string? text) => text is { Length: > ValueLength } ? text[..ValueLength] + "…" : text;

    private static async Task<long> ResolveAsync(LayerFormat layer, FieldFormat field, string code,
        Dictionary<string, object?> values, int number, CodeResolver resolver, CancellationToken cancellationToken)
    {
        var subjectType = values.GetValueOrDefault("subject_type") as string;
        if (field.Kind == FieldKind.SubjectReference && subjectType is null)
        {
            throw ImportRejection.At(layer.Name, number, field.Name, "cannot be looked up without a valid subject_type");
        }

        var table = Columns.TargetTable(field, subjectType);
        return await resolver.FindAsync(table, code, cancellationToken)
            ?? throw ImportRejection.At(layer.Name, number, field.Name, $"no record with code '{code}' in {table}");
    }

    private static Geometry? CheckGeometry(LayerFormat layer, ImportRecord record, ImportArea area, List<ImportIssue> issues)
    {
        var geometry = Unwrap(record.Geometry);
        if (geometry is null)
        {
            if (layer.Geometry != GeometryKind.OptionalLonLat)
            {
                issues.Add(new ImportIssue(layer.Name, record.Number, "geometry", null, "is required"));
            }

            return null;
        }

        var degrees = Wgs84GeometryCheck.FindProblem(geometry);
        if (degrees is not null && geometry.EnvelopeInternal is { } box && (Math.Abs(box.MaxX) > 180 || Math.Abs(box.MaxY) > 90))
        {
            degrees += "; these look like projected metres (a Gauss-Krüger zone?): import with crs=EPSG:nnnn, e.g. EPSG:4544 for CGCS2000 3° zone CM 105E";
        }

        if ((degrees ?? area.FindProblem(geometry)) is { } problem)
        {
            issues.Add(new ImportIssue(layer.Name, record.Number, "geometry", Describe(geometry), problem));
            return null;
        }

        Geometry? stored = layer.Geometry switch
        {
            GeometryKind.MultiPolygon => Wgs84GeometryCheck.AsMultiPolygon(geometry),
            GeometryKind.LineString => geometry as LineString,
            GeometryKind.Point or GeometryKind.OptionalLonLat => geometry as Point,
            _ => null,
        };
        if (stored is null)
        {
            issues.Add(new ImportIssue(layer.Name, record.Number, "geometry", geometry.GeometryType,
                $"is a {geometry.GeometryType}; this layer takes {(layer.Geometry == GeometryKind.MultiPolygon ? "Polygon or MultiPolygon" : layer.Geometry.ToString())}"));
        }

        return stored;
    }

    // GIS tools write single points and lines as one-part multi-geometries (a shapefile's polyline
    // always is one); one part is taken as the part itself, more parts are refused as before.
    // The tables hold 2D geometry: a height (a shapefile's Z, a GeoPackage's XYZ) is dropped.
    private static Geometry? Unwrap(Geometry? geometry)
    {
        var single = geometry is MultiPoint { NumGeometries: 1 } or MultiLineString { NumGeometries: 1 } ? geometry.GetGeometryN(0) : geometry;
        if (single is null || single.Coordinates.All(c => double.IsNaN(c.Z) && double.IsNaN(c.M)))
        {
            return single;
        }

        var flat = _reader2D.Read(_writer2D.Write(single));
        flat.SRID = single.SRID;
        return flat;
    }

    private static readonly NetTopologySuite.IO.WKBWriter _writer2D = new(NetTopologySuite.IO.ByteOrder.LittleEndian, false, false, false);
    private static readonly NetTopologySuite.IO.WKBReader _reader2D = new();

    private static string Describe(Geometry geometry) =>
        geometry.IsEmpty ? geometry.GeometryType
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{geometry.GeometryType} near {geometry.Coordinate.X:0.######}, {geometry.Coordinate.Y:0.######}");
}
