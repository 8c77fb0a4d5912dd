namespace FireMap.Api.Imports;

/// <summary>The geometry a layer stores; polygons are stored as multipolygons.</summary>
public enum GeometryKind
{
    Point,
    LineString,
    MultiPolygon,
    /// <summary>A point given as optional <c>lon</c>/<c>lat</c> columns of a CSV file.</summary>
    OptionalLonLat,
}
