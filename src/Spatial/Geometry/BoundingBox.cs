using System.Globalization;

namespace FireMap.Spatial.Geometry;

/// <summary>A WGS84 (EPSG:4326) rectangle in degrees: west/south/east/north edges.</summary>
public sealed record BoundingBox
{
    private BoundingBox(double west, double south, double east, double north)
    {
        West = west;
        South = south;
        East = east;
        North = north;
    }

    /// <summary>Western edge, longitude in degrees.</summary>
    public double West { get; }

    /// <summary>Southern edge, latitude in degrees.</summary>
    public double South { get; }

    /// <summary>Eastern edge, longitude in degrees.</summary>
    public double East { get; }

    /// <summary>Northern edge, latitude in degrees.</summary>
    public double North { get; }

    /// <summary>Builds a box, or explains why the four edges do not make one.</summary>
    /// <param name="west">Longitude in degrees, −180…180.</param>
    /// <param name="south">Latitude in degrees, −90…90.</param>
    /// <param name="east">Longitude in degrees, greater than <paramref name="west"/> (boxes across the antimeridian are not supported).</param>
    /// <param name="north">Latitude in degrees, greater than <paramref name="south"/>.</param>
    /// <param name="error">Why the edges were refused, when they were.</param>
    public static BoundingBox? TryCreate(double west, double south, double east, double north, out string? error)
    {
        error = (west, south, east, north) switch
        {
            _ when !double.IsFinite(west) || !double.IsFinite(south) || !double.IsFinite(east) || !double.IsFinite(north) =>
                "every edge must be a finite number",
            _ when west is < -180 or > 180 || east is < -180 or > 180 => "longitudes must lie within -180 and 180",
            _ when south is < -90 or > 90 || north is < -90 or > 90 => "latitudes must lie within -90 and 90",
            _ when west >= east => "west must be less than east",
            _ when south >= north => "south must be less than north",
            _ => null,
        };
        return error is null ? new BoundingBox(west, south, east, north) : null;
    }

    /// <summary>Parses <c>west,south,east,north</c> (the order of OGC and Leaflet's <c>toBBoxString</c>).</summary>
    /// <param name="text">Four comma-separated decimal degrees, invariant culture.</param>
    /// <param name="error">Why the text was refused, when it was.</param>
    public static BoundingBox? TryParse(string? text, out string? error)
    {
        var parts = (text ?? "").Split(',', StringSplitOptions.TrimEntries);
        var numbers = new double[4];
        var parsed = parts.Length == 4;
        for (var i = 0; parsed && i < 4; i++)
        {
            parsed = double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i]);
        }

        if (!parsed)
        {
            error = "bbox must be four comma-separated numbers: west,south,east,north";
            return null;
        }

        return TryCreate(numbers[0], numbers[1], numbers[2], numbers[3], out error);
    }
}
