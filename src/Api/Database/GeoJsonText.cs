using System.Text.Json;

namespace FireMap.Api.Database;

/// <summary>
/// A GeoJSON geometry as PostGIS wrote it (<c>ST_AsGeoJSON</c>), kept as text until a response
/// needs it: most list requests never ask for geometry, and parsing every row's costs more than
/// the rest of the row.
/// </summary>
public readonly record struct GeoJsonText(string Json)
{
    public JsonElement Parse()
    {
        using var document = JsonDocument.Parse(Json);
        return document.RootElement.Clone();
    }
}
