namespace FireMap.DemoData.Validation;

/// <summary>A layer file: its name, the geometry types allowed (none for CSV) and its fields.</summary>
internal sealed record LayerSchema(string File, IReadOnlyList<string> GeometryTypes, IReadOnlyList<FieldSpec> Fields)
{
    public bool IsCsv => GeometryTypes.Count == 0;
}
