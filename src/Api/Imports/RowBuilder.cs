using FireMap.Spatial.Geometry;
using NetTopologySuite.Geometries;

namespace FireMap.Api.Imports;

/// <summary>Checks one record against its layer and turns it into the parameter values of the layer's INSERT.</summary>
internal static class RowBuilder
{
    public static async Task<object?[]> BuildAsync(LayerSpec layer, ImportRecord record, CodeResolver resolver,
        HashSet<string> codesInFile, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in layer.Fields)
        {
            var value = FieldValueParser.Parse(field, record[field.Name], layer.Name, record.Number);
            values[field.Column] = value is string code && field.Kind is FieldKind.Reference or FieldKind.SubjectReference
                ? await ResolveAsync(layer, field, code, values, record.Number, resolver, cancellationToken)
                : value;
        }

        var ownCode = (string)values["code"]!;
        if (!codesInFile.Add(ownCode) || await resolver.ExistsAsync(layer.Table, ownCode, cancellationToken))
        {
            throw new ImportException(layer.Name, record.Number, "code", $"'{ownCode}' is used more than once");
        }

        if (RecordRules.Check(layer.Name, values) is var (ruleField, problem))
        {
            throw new ImportException(layer.Name, record.Number, ruleField, problem);
        }

        var row = new object?[layer.Fields.Count + 1];
        for (var i = 0; i < layer.Fields.Count; i++)
        {
            row[i] = values[layer.Fields[i].Column];
        }

        row[^1] = CheckGeometry(layer, record);
        return row;
    }

    private static async Task<long> ResolveAsync(LayerSpec layer, FieldSpec field, string code,
        Dictionary<string, object?> values, int number, CodeResolver resolver, CancellationToken cancellationToken)
    {
        var table = field.Kind == FieldKind.SubjectReference
            ? HazardSubjects.TableOf((string)values["subject_type"]!)
            : field.ReferenceTable!;
        return await resolver.FindAsync(table, code, cancellationToken)
            ?? throw new ImportException(layer.Name, number, field.Name, $"no record with code '{code}' in {table}");
    }

    private static Geometry? CheckGeometry(LayerSpec layer, ImportRecord record)
    {
        var geometry = record.Geometry;
        if (geometry is null)
        {
            return layer.Geometry == GeometryKind.OptionalLonLat
                ? null
                : throw new ImportException(layer.Name, record.Number, "geometry", "is required");
        }

        if (Wgs84GeometryCheck.FindProblem(geometry) is { } problem)
        {
            throw new ImportException(layer.Name, record.Number, "geometry", problem);
        }

        Geometry? stored = layer.Geometry switch
        {
            GeometryKind.MultiPolygon => Wgs84GeometryCheck.AsMultiPolygon(geometry),
            GeometryKind.LineString => geometry as LineString,
            GeometryKind.Point or GeometryKind.OptionalLonLat => geometry as Point,
            _ => null,
        };
        return stored ?? throw new ImportException(layer.Name, record.Number, "geometry",
            $"is a {geometry.GeometryType}; this layer takes {(layer.Geometry == GeometryKind.MultiPolygon ? "Polygon or MultiPolygon" : layer.Geometry.ToString())}");
    }
}
