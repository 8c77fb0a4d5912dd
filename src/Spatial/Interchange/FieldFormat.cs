using System.Globalization;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Interchange;

/// <summary>One field of an import file: its name, how it is written, whether it must be given, and what it may hold.</summary>
/// <param name="Name">The snake_case property (GeoJSON) or column (CSV) name.</param>
/// <param name="Kind">How the value is written.</param>
/// <param name="Required">True when every record must give a non-empty value.</param>
public sealed record FieldFormat(string Name, FieldKind Kind, bool Required = false)
{
    /// <summary>For <see cref="FieldKind.Choice"/>: the code list whose codes the field may hold.</summary>
    public CodeList? Choices { get; init; }

    /// <summary>For <see cref="FieldKind.Reference"/>: the name of the layer (loaded earlier) whose codes the field names.</summary>
    public string? References { get; init; }

    /// <summary>For text fields: the most characters a value may have (for a list, all of its items together).</summary>
    public int? MaxLength { get; init; }

    /// <summary>Smallest value a number may take, or null when unbounded below.</summary>
    public double? Min { get; init; }

    /// <summary>True when <see cref="Min"/> itself is not allowed (a length that must be greater than 0).</summary>
    public bool MinExclusive { get; init; }

    /// <summary>Largest value a number may take, or null when unbounded above.</summary>
    public double? Max { get; init; }

    /// <summary>
    /// What an absent optional field stands for: 0 for a count, <c>false</c> for a flag; null when
    /// an absent value stays empty.
    /// </summary>
    public object? Default { get; init; }

    /// <summary>True when <paramref name="number"/> lies within <see cref="Min"/> and <see cref="Max"/>.</summary>
    /// <param name="number">A parsed value of an <see cref="FieldKind.Integer"/> or <see cref="FieldKind.Decimal"/> field.</param>
    public bool InRange(double number) =>
        (Min is not { } min || (MinExclusive ? number > min : number >= min)) && (Max is not { } max || number <= max);

    /// <summary>The allowed range as written in the documentation (<c>1900–2100</c>, <c>&gt; 0</c>, <c>≥ 0</c>), or null when unbounded.</summary>
    public string? RangeText => (Min, Max) switch
    {
        (null, null) => null,
        ({ } min, { } max) when !MinExclusive => $"{Format(min)}–{Format(max)}",
        ({ } min, { } max) => $"> {Format(min)} and ≤ {Format(max)}",
        ({ } min, null) => MinExclusive ? $"> {Format(min)}" : $"≥ {Format(min)}",
        (null, { } max) => $"≤ {Format(max)}",
    };

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
