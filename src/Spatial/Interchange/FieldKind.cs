namespace FireMap.Spatial.Interchange;

/// <summary>How a field of an import file is written and read (docs/import-formats.md, column "type").</summary>
public enum FieldKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A list of texts: a JSON array in GeoJSON, <c>|</c>-separated text in CSV.</summary>
    TextList,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A decimal number (<c>number</c> in the documentation).</summary>
    Decimal,

    /// <summary>JSON <c>true</c>/<c>false</c>; in CSV the words <c>true</c>/<c>false</c>.</summary>
    Boolean,

    /// <summary>An ISO 8601 date, <c>2026-11-29</c>.</summary>
    Date,

    /// <summary>An ISO 8601 time with offset, <c>2026-11-29T09:30:00+08:00</c> (<c>time</c> in the documentation).</summary>
    Timestamp,

    /// <summary>One code of the field's <see cref="FieldFormat.Choices"/> list (<c>enum</c> in the documentation).</summary>
    Choice,

    /// <summary>The <c>code</c> of a record in the layer named by <see cref="FieldFormat.References"/>.</summary>
    Reference,

    /// <summary>
    /// The <c>code</c> of a record in the layer that the record's <c>subject_type</c> names
    /// (see <see cref="ImportFormat.SubjectLayers"/>).
    /// </summary>
    SubjectReference,
}
