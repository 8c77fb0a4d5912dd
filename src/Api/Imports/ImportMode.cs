namespace FireMap.Api.Imports;

/// <summary>What an import does with records whose <c>code</c> is already in the layer.</summary>
public enum ImportMode
{
    /// <summary>Only new codes; a code already in the layer is an error (the default, as before).</summary>
    Insert,

    /// <summary>Only codes already in the layer, which are updated where they differ; a new code is an error.</summary>
    Update,

    /// <summary>New codes are inserted, known ones updated where they differ, identical ones reported unchanged.</summary>
    Upsert,
}
