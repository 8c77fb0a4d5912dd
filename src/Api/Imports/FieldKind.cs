namespace FireMap.Api.Imports;

/// <summary>How an import field's text is read and checked.</summary>
public enum FieldKind
{
    Text,
    /// <summary>A list: a JSON array in GeoJSON, <c>|</c>-separated text in CSV.</summary>
    TextList,
    Integer,
    Decimal,
    Boolean,
    Date,
    Timestamp,
    /// <summary>One of a fixed set of codes.</summary>
    Choice,
    /// <summary>The <c>code</c> of a record in another layer, stored as that record's id.</summary>
    Reference,
    /// <summary>The <c>code</c> of a record in the layer named by the record's <c>subject_type</c>.</summary>
    SubjectReference,
}
