namespace FireMap.Api.Imports;

/// <summary>How a file's fields met the layer's: renamed, used as they are, ignored, filled by constants or absent.</summary>
/// <param name="Mapped">FireMap field → the source field that fed it.</param>
/// <param name="Ignored">Source fields that no FireMap field takes (nothing of them is stored).</param>
/// <param name="Constants">FireMap fields given one value for every record by the mapping.</param>
/// <param name="Missing">FireMap fields the file does not give (required ones are errors on each record, optional ones take their default).</param>
public sealed record FieldReport(
    IReadOnlyDictionary<string, string> Mapped,
    IReadOnlyList<string> Ignored,
    IReadOnlyList<string> Constants,
    IReadOnlyList<string> Missing);
