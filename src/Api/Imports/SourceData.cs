using FireMap.Spatial.Interchange;

namespace FireMap.Api.Imports;

/// <summary>A file as read, before mapping: its records with the source's field names, and what it says of its coordinates.</summary>
/// <param name="Format">The format read (<c>geojson</c>, <c>shapefile</c>, <c>geopackage</c>, <c>csv</c>, <c>xlsx</c>).</param>
/// <param name="Records">The records, geometry in the source's coordinates.</param>
/// <param name="FieldNames">The source's field names in file order.</param>
/// <param name="Crs">The system the file names, when it names one FireMap can read.</param>
/// <param name="CrsText">How the file names it (a <c>.prj</c>'s WKT, a GeoPackage SRS), when <see cref="Crs"/> could not be told from it.</param>
/// <param name="Issues">Records the reader could not read, each with its reason.</param>
public sealed record SourceData(
    string Format,
    IReadOnlyList<ImportRecord> Records,
    IReadOnlyList<string> FieldNames,
    CoordinateSystem? Crs,
    string? CrsText,
    IReadOnlyList<ImportIssue> Issues);
