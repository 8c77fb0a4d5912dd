namespace FireMap.Api.Photos;

/// <summary>A photo's kept camera position, WGS84 degrees.</summary>
public sealed record PhotoLocation(double Lon, double Lat);
