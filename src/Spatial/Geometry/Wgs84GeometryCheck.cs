using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace FireMap.Spatial.Geometry;

/// <summary>
/// Checks that a geometry read from user input is usable as WGS84 (EPSG:4326) data: not empty,
/// finite, within longitude −180…180 and latitude −90…90, and topologically valid.
/// </summary>
public static class Wgs84GeometryCheck
{
    /// <summary>Returns a description of the first problem found, or <c>null</c> when the geometry is usable.</summary>
    /// <param name="geometry">Geometry in EPSG:4326, coordinates in degrees (x = longitude, y = latitude).</param>
    public static string? FindProblem(NetTopologySuite.Geometries.Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        if (geometry.IsEmpty)
        {
            return "the geometry is empty";
        }

        foreach (var coordinate in geometry.Coordinates)
        {
            if (!double.IsFinite(coordinate.X) || !double.IsFinite(coordinate.Y))
            {
                return "a coordinate is not a finite number";
            }

            if (coordinate.X is < -180 or > 180 || coordinate.Y is < -90 or > 90)
            {
                return $"coordinate ({coordinate.X}, {coordinate.Y}) is outside WGS84 longitude/latitude; " +
                       "is it in a projected system (e.g. a CGCS2000 Gauss-Krüger zone) or are lon and lat swapped?";
            }
        }

        var validity = new IsValidOp(geometry).ValidationError;
        return validity is null ? null : $"the geometry is not valid: {validity.Message} at ({validity.Coordinate?.X}, {validity.Coordinate?.Y})";
    }

    /// <summary>Wraps a polygon as a one-part multipolygon so that tables can store one geometry type.</summary>
    /// <param name="geometry">A Polygon or MultiPolygon in EPSG:4326.</param>
    public static MultiPolygon? AsMultiPolygon(NetTopologySuite.Geometries.Geometry geometry) => geometry switch
    {
        MultiPolygon multi => multi,
        Polygon polygon => geometry.Factory.CreateMultiPolygon([polygon]),
        _ => null,
    };
}
