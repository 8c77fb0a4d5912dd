using FireMap.Spatial.Geometry;
using FireMap.Spatial.Interchange;
using NetTopologySuite.Geometries;

namespace FireMap.Api.Imports;

/// <summary>Checks one record against its layer and turns it into the parameter values of the layer's INSERT.</summary>
internal static class RowBuilder
{
    public static async Task<object?[]> BuildAsync(LayerFormat layer, ImportRecord record, CodeResolver resolver,
        HashSet<string> codesInFile, ImportArea area, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in layer.Fields)
        {
            var value = FieldValueParser.Parse(field, record[field.Name], layer.Name, record.Number);
            values[Columns.Of(field)] = value is string code && field.Kind is FieldKind.Reference or FieldKind.SubjectReference
                ? await ResolveAsync(layer, field, code, values, record.Number, resolver, cancellationToken)
                : value;
        }

        var ownCode = (string)values["code"]!;
        if (!codesInFile.Add(ownCode) || await resolver.ExistsAsync(layer.Table, ownCode, cancellationToken))
        {
            throw ImportRejection.At(layer.Name, record.Number, "code", $"'{ownCode}' is used more than once");
        }

        if (RecordRules.Check(layer.Name, values) is var (ruleField, problem))
        {
            throw ImportRejection.At(layer.Name, record.Number, ruleField, problem);
        }

        var row = new object?[layer.Fields.Count + 1];
        for (var i = 0; i < layer.Fields.Count; i++)
        {
            row[i] = values[Columns.Of(layer.Fields[i])];
        }

        row[^1] = CheckGeometry(layer, record, area);
        return row;
    }

    private static async Task<long> ResolveAsync(LayerFormat layer, FieldFormat field, string code,
        Dictionary<string, object?> values, int number, CodeResolver resolver, CancellationToken cancellationToken)
    {
        var table = Columns.TargetTable(field, values.GetValueOrDefault("subject_type") as string);
        return await resolver.FindAsync(table, code, cancellationToken)
            ?? throw ImportRejection.At(layer.Name, number, field.Name, $"no record with code '{code}' in {table}");
    }

    private static Geometry? CheckGeometry(LayerFormat layer, ImportRecord record, ImportArea area)
    {
        var geometry = record.Geometry;
        if (geometry is null)
        {
            return layer.Geometry == GeometryKind.OptionalLonLat
                ? null
                : throw ImportRejection.At(layer.Name, record.Number, "geometry", "is required");
        }

        if ((Wgs84GeometryCheck.FindProblem(geometry) ?? area.FindProblem(geometry)) is { } problem)
        {
            throw ImportRejection.At(layer.Name, record.Number, "geometry", problem);
        }

        Geometry? stored = layer.Geometry switch
        {
            GeometryKind.MultiPolygon => Wgs84GeometryCheck.AsMultiPolygon(geometry),
            GeometryKind.LineString => geometry as LineString,
            GeometryKind.Point or GeometryKind.OptionalLonLat => geometry as Point,
            _ => null,
        };
        return stored ?? throw ImportRejection.At(layer.Name, record.Number, "geometry",
            $"is a {geometry.GeometryType}; this layer takes {(layer.Geometry == GeometryKind.MultiPolygon ? "Polygon or MultiPolygon" : layer.Geometry.ToString())}");
    }
}
