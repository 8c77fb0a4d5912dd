namespace FireMap.Spatial.Interchange;

/// <summary>The geometry each record of a layer carries, in WGS84 (EPSG:4326, <c>[lon, lat]</c>).</summary>
public enum GeometryKind
{
    /// <summary>A GeoJSON Point; in a CSV file, <c>lon</c>/<c>lat</c> columns or an address to place.</summary>
    Point,

    /// <summary>A GeoJSON LineString.</summary>
    LineString,

    /// <summary>A GeoJSON Polygon or MultiPolygon, kept as a MultiPolygon.</summary>
    MultiPolygon,

    /// <summary>A CSV layer whose optional <c>lon</c>/<c>lat</c> columns give a point; empty means "at the subject".</summary>
    OptionalLonLat,
}
