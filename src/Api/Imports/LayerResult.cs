namespace FireMap.Api.Imports;

/// <summary>What an import did (or, in a dry run, would do) to one layer.</summary>
/// <param name="Layer">The layer.</param>
/// <param name="Format">The file format read (<c>geojson</c>, <c>shapefile</c>, <c>geopackage</c>, <c>csv</c>, <c>xlsx</c>).</param>
/// <param name="Crs">The system the positions were read in (<c>EPSG:4544</c>, <c>GCJ-02</c>) and where it came from.</param>
/// <param name="Records">Records in the file.</param>
/// <param name="Inserted">Codes new to the layer.</param>
/// <param name="Updated">Codes whose record differed and was (would be) changed.</param>
/// <param name="Unchanged">Codes whose record was already identical.</param>
/// <param name="Retired">Codes the file does not name that were (would be) removed from the layer (retireMissing).</param>
/// <param name="Refused">Records with at least one error.</param>
/// <param name="Fields">Which source field fed which FireMap field, and which were ignored or defaulted.</param>
/// <param name="SourceFields">The file's own field names in file order, for building a mapping.</param>
/// <param name="Sample">The first records as the file gives them (source names, text values), for a preview.</param>
public sealed record LayerResult(
    string Layer,
    string Format,
    string Crs,
    int Records,
    IReadOnlyList<string> Inserted,
    IReadOnlyList<string> Updated,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> Retired,
    int Refused,
    FieldReport Fields,
    IReadOnlyList<string> SourceFields,
    IReadOnlyList<IReadOnlyDictionary<string, string?>> Sample);
