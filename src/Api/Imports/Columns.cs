using FireMap.Spatial.Interchange;

namespace FireMap.Api.Imports;

/// <summary>Where the fields of the import format are stored: the column of a field and the table a reference points into.</summary>
internal static class Columns
{
    /// <summary>The field's column: a reference <c>thing_code</c> is stored as <c>thing_id</c>.</summary>
    public static string Of(FieldFormat field) =>
        field.Kind is FieldKind.Reference or FieldKind.SubjectReference
            ? field.Name.Replace("_code", "_id", StringComparison.Ordinal)
            : field.Name;

    /// <summary>The table whose codes a reference names; for a subject reference, the table of <paramref name="subjectType"/>.</summary>
    public static string TargetTable(FieldFormat field, string? subjectType) =>
        field.Kind == FieldKind.SubjectReference
            ? ImportFormat.Get(ImportFormat.SubjectLayers[subjectType!]).Table
            : ImportFormat.Get(field.References!).Table;
}
