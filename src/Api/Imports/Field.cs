namespace FireMap.Api.Imports;

/// <summary>Short constructors for <see cref="FieldSpec"/>s, so layer definitions read as tables.</summary>
public static class Field
{
    public static FieldSpec Text(string name, bool required = false) => new(name, FieldKind.Text, required);

    public static FieldSpec TextList(string name) => new(name, FieldKind.TextList, false);

    public static FieldSpec Integer(string name, bool required = false, double? min = null, double? max = null) =>
        new(name, FieldKind.Integer, required) { Min = min, Max = max };

    /// <summary>An optional count that is 0 when absent.</summary>
    public static FieldSpec Count(string name) => new(name, FieldKind.Integer, false) { Min = 0, Default = 0 };

    public static FieldSpec Decimal(string name, bool required = false, double? min = null, double? max = null) =>
        new(name, FieldKind.Decimal, required) { Min = min, Max = max };

    public static FieldSpec Boolean(string name, bool required = false) => new(name, FieldKind.Boolean, required) { Default = required ? null : false };

    public static FieldSpec Date(string name, bool required = false) => new(name, FieldKind.Date, required);

    public static FieldSpec Timestamp(string name, bool required = false) => new(name, FieldKind.Timestamp, required);

    public static FieldSpec Choice(string name, bool required, params string[] choices) =>
        new(name, FieldKind.Choice, required) { Choices = choices };

    /// <summary>A <c>thing_code</c> field stored as <c>thing_id</c>.</summary>
    public static FieldSpec Reference(string name, string table, bool required = false) =>
        new(name, FieldKind.Reference, required) { ReferenceTable = table, Column = name.Replace("_code", "_id", StringComparison.Ordinal) };
}
