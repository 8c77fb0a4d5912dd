using FireMap.Spatial.Interchange;

namespace FireMap.Api.Imports;

/// <summary>How a user steers an import.</summary>
/// <param name="Mode">Insert, update or upsert by code.</param>
/// <param name="DryRun">Check everything and report, write nothing.</param>
/// <param name="AllowUnplaced">Skip (and report) rows the geocoder cannot place instead of refusing the import.</param>
/// <param name="Crs">The system of the positions as the user declares it; overrides what the file says.</param>
/// <param name="Mapping">Source fields to FireMap fields, constants and value maps; null when the file uses FireMap's names.</param>
/// <param name="RetireMissing">With upsert: remove the layer's records whose code the file does not name.</param>
/// <param name="ConfirmRetire">Retire even when that removes every record of the layer or more than a quarter of them.</param>
public sealed record ImportOptions(
    ImportMode Mode = ImportMode.Insert,
    bool DryRun = false,
    bool AllowUnplaced = false,
    CoordinateSystem? Crs = null,
    FieldMapping? Mapping = null,
    bool RetireMissing = false,
    bool ConfirmRetire = false)
{
    /// <summary>The options of the demo data and of a plain upload: insert, write, refuse unplaced rows.</summary>
    public static ImportOptions Default { get; } = new();
}
