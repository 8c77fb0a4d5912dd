using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Interchange;

/// <summary>Short constructors for <see cref="FieldFormat"/>s, so that <see cref="ImportFormat"/> reads as a table.</summary>
public static class Field
{
    /// <summary>A text field.</summary>
    /// <param name="name">Field name.</param>
    /// <param name="required">True when it must be given.</param>
    public static FieldFormat Text(string name, bool required = false) =>
        new(name, FieldKind.Text, required) { MaxLength = name is "code" or "name" ? ImportFormat.MaxNameLength : ImportFormat.MaxTextLength };

    /// <summary>An optional list of texts; absent means an empty list.</summary>
    /// <param name="name">Field name.</param>
    public static FieldFormat TextList(string name) => new(name, FieldKind.TextList) { MaxLength = ImportFormat.MaxTextLength };

    /// <summary>A whole number, optionally bounded (inclusive).</summary>
    /// <param name="name">Field name.</param>
    /// <param name="required">True when it must be given.</param>
    /// <param name="min">Smallest value allowed.</param>
    /// <param name="max">Largest value allowed.</param>
    public static FieldFormat Integer(string name, bool required = false, double? min = null, double? max = null) =>
        new(name, FieldKind.Integer, required) { Min = min, Max = max };

    /// <summary>An optional count: a whole number ≥ 0 that is 0 when absent.</summary>
    /// <param name="name">Field name.</param>
    public static FieldFormat Count(string name) => new(name, FieldKind.Integer) { Min = 0, Default = 0 };

    /// <summary>A decimal number, optionally bounded (inclusive).</summary>
    /// <param name="name">Field name.</param>
    /// <param name="required">True when it must be given.</param>
    /// <param name="min">Smallest value allowed.</param>
    /// <param name="max">Largest value allowed.</param>
    public static FieldFormat Decimal(string name, bool required = false, double? min = null, double? max = null) =>
        new(name, FieldKind.Decimal, required) { Min = min, Max = max };

    /// <summary>A length in metres that must be greater than 0.</summary>
    /// <param name="name">Field name.</param>
    /// <param name="required">True when it must be given.</param>
    /// <param name="max">Largest value allowed (what the stored column holds).</param>
    public static FieldFormat Length(string name, bool required, double max) =>
        new(name, FieldKind.Decimal, required) { Min = 0, MinExclusive = true, Max = max };

    /// <summary>A flag; an optional one is <c>false</c> when absent.</summary>
    /// <param name="name">Field name.</param>
    /// <param name="required">True when it must be given.</param>
    public static FieldFormat Boolean(string name, bool required = false) =>
        new(name, FieldKind.Boolean, required) { Default = required ? null : false };

    /// <summary>A date.</summary>
    /// <param name="name">Field name.</param>
    /// <param name="required">True when it must be given.</param>
    public static FieldFormat Date(string name, bool required = false) => new(name, FieldKind.Date, required);

    /// <summary>A time with offset.</summary>
    /// <param name="name">Field name.</param>
    /// <param name="required">True when it must be given.</param>
    public static FieldFormat Timestamp(string name, bool required = false) => new(name, FieldKind.Timestamp, required);

    /// <summary>One code of <paramref name="codes"/>.</summary>
    /// <param name="name">Field name.</param>
    /// <param name="codes">The vocabulary list the code comes from.</param>
    /// <param name="required">True when it must be given.</param>
    public static FieldFormat Choice(string name, CodeList codes, bool required = true) =>
        new(name, FieldKind.Choice, required) { Choices = codes };

    /// <summary>A <c>thing_code</c> field naming a record of an earlier layer.</summary>
    /// <param name="name">Field name.</param>
    /// <param name="layer">Name of the layer referred to.</param>
    /// <param name="required">True when it must be given.</param>
    public static FieldFormat Reference(string name, string layer, bool required = false) =>
        new(name, FieldKind.Reference, required) { References = layer, MaxLength = ImportFormat.MaxNameLength };
}
