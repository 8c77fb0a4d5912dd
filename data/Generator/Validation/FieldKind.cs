namespace FireMap.DemoData.Validation;

/// <summary>Value types of docs/import-formats.md.</summary>
internal enum FieldKind
{
    Text,
    TextList,
    Integer,
    Number,
    Flag,
    Date,
    Time,
    Choice,
}
