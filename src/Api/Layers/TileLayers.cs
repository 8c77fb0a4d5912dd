using System.Globalization;

namespace FireMap.Api.Layers;

/// <summary>
/// A layer served as Mapbox vector tiles: the same rows as its GeoJSON layer, drawn from
/// <see cref="MinZoom"/> on (an empty tile below), with few attributes (what styling needs) below
/// <see cref="DetailZoom"/> and the popup's attributes from there on.
/// </summary>
public sealed record TileLayer(string Name, string Select, int MinZoom, int DetailZoom, string[] Styling, string[] Detail);

/// <summary>The tiled layers and the statement that cuts one tile (<c>ST_AsMVT</c>).</summary>
public static class TileLayers
{
    /// <summary>Deepest zoom a tile is cut at; the map over-zooms beyond.</summary>
    public const int MaxZoom = 22;

    /// <summary>Tile extent in MVT units, and the buffer around it that keeps outlines whole across tile edges.</summary>
    public const int Extent = 4096;
    public const int Buffer = 64;

    /// <summary>Compounds coloured by the level of the latest risk run.</summary>
    public const string RiskLevelsSelect = """
        SELECT x.id, x.code, x.name, s.level, round(s.score::numeric, 1)::double precision AS score, x.community_id, x.geom
        FROM compounds x
        JOIN compound_risk_scores s ON s.compound_id = x.id
        WHERE s.run_id = (SELECT id FROM risk_runs ORDER BY as_of DESC, computed_at DESC LIMIT 1)
        """;

    public static readonly IReadOnlyDictionary<string, TileLayer> ByName = new[]
    {
        new TileLayer("buildings", LayerQueries.ByName["buildings"], MinZoom: 13, DetailZoom: 16,
            ["use_class", "is_high_rise", "floors"],
            ["code", "name", "address", "compound_code", "height_m", "occupants", "built_year"]),
        new TileLayer("compounds", LayerQueries.ByName["compounds"], MinZoom: 10, DetailZoom: 14,
            ["code", "is_old"],
            ["name", "address", "community_code", "built_year", "has_property_management"]),
        new TileLayer("fire-lanes", LayerQueries.ByName["fire-lanes"], MinZoom: 12, DetailZoom: 15,
            ["status"],
            ["code", "name", "compound_code", "clear_width_m", "effective_width_m", "active_blockages"]),
        new TileLayer("places", LayerQueries.ByName["places"], MinZoom: 12, DetailZoom: 15,
            ["category"],
            ["code", "name", "address", "capacity"]),
        new TileLayer("hazards", LayerQueries.ByName["hazards"], MinZoom: 12, DetailZoom: 15,
            ["severity", "status", "overdue"],
            ["code", "category", "subject_type", "deadline::text AS deadline", "days_overdue", "compound_name"]),
        new TileLayer("risk-levels", RiskLevelsSelect, MinZoom: 10, DetailZoom: 14,
            ["level"],
            ["code", "name", "score"]),
    }.ToDictionary(l => l.Name, StringComparer.Ordinal);

    /// <summary>
    /// One tile of <paramref name="layer"/> at <paramref name="zoom"/> (<c>@z, @x, @y</c>, <c>@scope</c>
    /// as the GeoJSON layers): outlines simplified to half a screen pixel below the detail zoom,
    /// then clipped and snapped to the tile grid by <c>ST_AsMVTGeom</c>.
    /// </summary>
    public static string Sql(TileLayer layer, int zoom)
    {
        var detailed = zoom >= layer.DetailZoom;
        var attributes = string.Join(", ", (detailed ? layer.Styling.Concat(layer.Detail) : layer.Styling).Select(a => "f." + a));
        // Web Mercator metres per screen pixel (256 px tiles) at this zoom; half of it is invisible.
        var tolerance = detailed ? 0 : 40_075_016.686 / (256 << Math.Min(zoom, 20)) / 2;
        return $"""
            SELECT ST_AsMVT(t, '{layer.Name}', {Extent}, 'geom', 'id')
            FROM (
                SELECT f.id, {attributes},
                       ST_AsMVTGeom(ST_Simplify(ST_Transform(f.geom, 3857), {tolerance.ToString("R", CultureInfo.InvariantCulture)}, true),
                                    ST_TileEnvelope(@z, @x, @y), {Extent}, {Buffer}, true) AS geom
                FROM ({layer.Select}) f
                WHERE f.geom && ST_Transform(ST_TileEnvelope(@z, @x, @y, margin => {Buffer}.0 / {Extent}), 4326)
                  AND (@scope::bigint IS NULL OR f.community_id IS NULL OR f.community_id = @scope)
                -- The same rows give the same bytes whatever plan reads them: the ETag is a hash of them.
                ORDER BY f.id
            ) t
            WHERE t.geom IS NOT NULL
            """;
    }
}
