namespace FireMap.DemoData.Output;

/// <summary>One feature to write: its local-metre geometry and its properties in the documented order.</summary>
internal sealed record FeatureRecord(
    NetTopologySuite.Geometries.Geometry Geometry,
    IReadOnlyList<KeyValuePair<string, object?>> Properties);
