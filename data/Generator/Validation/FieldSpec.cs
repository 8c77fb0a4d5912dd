namespace FireMap.DemoData.Validation;

/// <summary>One documented field: type, whether required, allowed values, the layer a code refers to, and bounds.</summary>
internal sealed record FieldSpec(
    string Name,
    FieldKind Kind,
    bool Required = false,
    IReadOnlyList<string>? Values = null,
    string? References = null,
    double? Min = null,
    double? Max = null,
    bool MinExclusive = false);
