namespace FireMap.DemoData.Validation;

/// <summary>One parsed record: typed field values and, for GeoJSON, its WGS84 geometry.</summary>
internal sealed record LayerRecord(int Number, IReadOnlyDictionary<string, object?> Values, NetTopologySuite.Geometries.Geometry? Geometry)
{
    public string Code => Text("code") ?? "";

    public string? Text(string field) => Values.GetValueOrDefault(field) as string;

    public double? Numeric(string field) => Values.GetValueOrDefault(field) switch
    {
        double d => d,
        long l => l,
        _ => null,
    };

    public bool? Flag(string field) => Values.GetValueOrDefault(field) as bool?;

    public DateOnly? Date(string field) => Values.GetValueOrDefault(field) as DateOnly?;

    public DateTimeOffset? Time(string field) => Values.GetValueOrDefault(field) as DateTimeOffset?;
}
