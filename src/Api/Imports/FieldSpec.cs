namespace FireMap.Api.Imports;

/// <summary>One field of an import file and the column it fills.</summary>
public sealed record FieldSpec(string Name, FieldKind Kind, bool Required)
{
    /// <summary>Column name; the field name unless a reference maps <c>x_code</c> to <c>x_id</c>.</summary>
    public string Column { get; init; } = Name;

    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>For <see cref="FieldKind.Reference"/>: the table whose codes the field names.</summary>
    public string? ReferenceTable { get; init; }

    /// <summary>Value stored when an optional field is absent (for columns that are NOT NULL with a default).</summary>
    public object? Default { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }
}
