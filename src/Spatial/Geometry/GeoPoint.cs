namespace FireMap.Spatial.Geometry;

/// <summary>A checked WGS84 (EPSG:4326) position in decimal degrees.</summary>
public sealed record GeoPoint
{
    private GeoPoint(double lon, double lat)
    {
        Lon = lon;
        Lat = lat;
    }

    /// <summary>Longitude in degrees, −180…180.</summary>
    public double Lon { get; }

    /// <summary>Latitude in degrees, −90…90.</summary>
    public double Lat { get; }

    /// <summary>Builds a position, or explains why the numbers are not one.</summary>
    /// <param name="lon">Longitude in degrees.</param>
    /// <param name="lat">Latitude in degrees.</param>
    /// <param name="error">Why the numbers were refused, when they were.</param>
    public static GeoPoint? TryCreate(double lon, double lat, out string? error)
    {
        error = (lon, lat) switch
        {
            _ when !double.IsFinite(lon) => "lon must be a finite number",
            _ when !double.IsFinite(lat) => "lat must be a finite number",
            _ when lon is < -180 or > 180 => $"lon {lon} is outside -180…180",
            _ when lat is < -90 or > 90 => $"lat {lat} is outside -90…90; are lon and lat swapped?",
            _ => null,
        };
        return error is null ? new GeoPoint(lon, lat) : null;
    }
}
