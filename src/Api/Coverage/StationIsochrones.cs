using System.Collections.Concurrent;
using FireMap.Api.Database;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Coverage;

/// <summary>
/// Isochrones from the stored reach. Method: every edge leaving a reached node, cut where the time
/// runs out (and the same from its far end unless one-way), buffered by <c>IsochroneBufferMeters</c>
/// in the UTM zone of the station (metres true to within 0.1 % there) and merged. A buffer also covers network nodes the station does
/// not reach in time — mostly fire-lane ends a few metres past the cut, or lanes blocked to engines
/// running beside a reached road — so each such node gets a hole of half its distance to the reachable
/// pieces (at most half the buffer). The polygon then holds every reachable node and the reachable
/// parts of edges, and no unreachable node; points between nodes stay within the buffer distance of
/// a reachable edge, which is the method's tolerance.
/// </summary>
/// <remarks>
/// Almost all of the time is GEOS buffering and merging, and the answer changes only with the network, the
/// stations' reach or the stations, so answers are kept per question and dropped when the network's
/// generation moves (a rebuild, a blockage, a change made by another instance) or the stations change.
/// </remarks>
public sealed class StationIsochrones(NpgsqlDataSource dataSource, CoverageSettings settings, CoverageNetwork network)
{
    // Questions kept at most: the map asks a handful (three minutes × a few kinds); single stations add more.
    private const int MaxKept = 256;

    // Stations renamed, added or removed change the answer without a network change.
    private const string StationsKey = "SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(sum(version), 0) FROM stations";

    private readonly ConcurrentDictionary<string, IReadOnlyList<StationIsochrone>> _kept = new(StringComparer.Ordinal);

    private (long Generation, string Stations) _keptFor = (-1, "");

    private readonly Lock _gate = new();

    private const string Sql = """
        WITH st AS (
            SELECT s.id, s.code, s.name, s.kind, r.vehicle,
                   CASE WHEN ST_Y(s.geom) >= 0 THEN 32600 ELSE 32700 END + least(60, floor((ST_X(s.geom) + 180) / 6)::int + 1) AS utm
            FROM stations s LEFT JOIN station_reach_starts r ON r.station_id = s.id
            WHERE (@ids::bigint[] IS NULL OR s.id = ANY (@ids)) AND (@kinds::text[] IS NULL OR s.kind = ANY (@kinds))
        ), ends AS (
            -- How far along each edge the time lasts from its source and, unless one-way, from its target.
            SELECT st.id, st.utm, e.id AS edge_id, true AS from_source, least(1, (@limit - r.seconds) / (e.length_m / (sp.kmh / 3.6))) AS reach
            FROM st JOIN station_reach r ON r.station_id = st.id
            JOIN network_edges e ON e.source = r.node_id
            JOIN coverage_speeds sp ON sp.vehicle = st.vehicle AND sp.edge_class = e.edge_class
            WHERE r.seconds <= @limit AND NOT (e.engine_blocked AND st.vehicle = 'engine')
            UNION ALL
            SELECT st.id, st.utm, e.id, false, least(1, (@limit - r.seconds) / (e.length_m / (sp.kmh / 3.6)))
            FROM st JOIN station_reach r ON r.station_id = st.id
            JOIN network_edges e ON e.target = r.node_id
            JOIN coverage_speeds sp ON sp.vehicle = st.vehicle AND sp.edge_class = e.edge_class
            WHERE r.seconds <= @limit AND NOT e.one_way AND NOT (e.engine_blocked AND st.vehicle = 'engine')
        ), edges AS (
            SELECT id, utm, edge_id, coalesce(max(reach) FILTER (WHERE from_source), 0) AS a, coalesce(max(reach) FILTER (WHERE NOT from_source), 0) AS b
            FROM ends GROUP BY id, utm, edge_id
        ), pieces AS (
            -- One piece per edge when the two ends' reach meet (most edges inside the isochrone), else the
            -- two cut ends: half the pieces to buffer and merge of one piece per end.
            SELECT g.id, g.utm, CASE WHEN g.a + g.b >= 1 THEN e.geom ELSE ST_LineSubstring(e.geom, p.f0, p.f1) END AS geom
            FROM edges g JOIN network_edges e ON e.id = g.edge_id
            CROSS JOIN LATERAL (VALUES (0::float8, g.a, g.a > 0), (1 - g.b, 1::float8, g.b > 0 AND g.a + g.b < 1)) p (f0, f1, used)
            WHERE p.used
        ), buffered AS MATERIALIZED (
            -- Each piece buffered on its own and the buffers merged (cascaded union) is several times faster
            -- than one buffer of the whole collection.
            SELECT id, utm, ST_Collect(ST_Transform(geom, utm)) AS lines, ST_Union(ST_Buffer(ST_Transform(geom, utm), @buffer, 'quad_segs=4')) AS area
            FROM pieces GROUP BY id, utm
        ), holes AS (
            SELECT b.id, ST_Union(ST_Buffer(n.p, least(@buffer, ST_Distance(n.p, b.lines)) / 2, 'quad_segs=4')) AS g
            FROM buffered b
            CROSS JOIN LATERAL (
                SELECT n.id, ST_Transform(n.geom, b.utm) AS p FROM network_nodes n WHERE n.geom && ST_Transform(ST_Envelope(b.area), 4326)) n
            -- NOT IN over the reached (station, node) pairs is one hashed set; NOT EXISTS let the planner, misled
            -- by a freshly rewritten station_reach, scan the whole reach for every covered node. The set holds the
            -- asked stations' pairs only, read through the primary key, so one station costs the same in a city.
            WHERE ST_Intersects(b.area, n.p)
              AND (b.id, n.id) NOT IN (SELECT r.station_id, r.node_id FROM st JOIN station_reach r ON r.station_id = st.id WHERE r.seconds <= @limit)
            GROUP BY b.id
        ), shapes AS (
            SELECT b.id, ST_Transform(CASE WHEN h.g IS NULL THEN b.area ELSE ST_Difference(b.area, h.g) END, 4326) AS area
            FROM buffered b LEFT JOIN holes h ON h.id = b.id
        )
        SELECT st.id, st.code, st.name, st.kind, st.vehicle,
               (SELECT count(*) FROM station_reach r WHERE r.station_id = st.id AND r.seconds <= @limit)::int,
               coalesce(ST_Area(sh.area::geography), 0), ST_AsGeoJSON(sh.area, 6)
        FROM st LEFT JOIN shapes sh ON sh.id = st.id
        ORDER BY st.id
        """;

    /// <summary>The isochrones of <paramref name="stationIds"/> (or of every station of <paramref name="kinds"/>; all when both are null).</summary>
    public async Task<IReadOnlyList<StationIsochrone>> ForAsync(long[]? stationIds, IReadOnlyList<string>? kinds, int minutes, CancellationToken cancellationToken)
    {
        var generation = network.Generation;
        string stations;
        await using (var key = dataSource.CreateCommand(StationsKey))
        {
            stations = (string)(await key.ExecuteScalarAsync(cancellationToken))!;
        }

        lock (_gate)
        {
            if (_keptFor != (generation, stations) || _kept.Count >= MaxKept)
            {
                _kept.Clear();
                _keptFor = (generation, stations);
            }
        }

        var question = string.Join('|', minutes, stationIds is null ? "*" : string.Join(',', stationIds.Order()), kinds is null ? "*" : string.Join(',', kinds.Order(StringComparer.Ordinal)));
        if (_kept.TryGetValue(question, out var kept))
        {
            return kept;
        }

        var answer = await ComputeAsync(stationIds, kinds, minutes, cancellationToken);
        lock (_gate)
        {
            // Kept only if nothing changed while it was computed.
            if (_keptFor == (generation, stations) && network.Generation == generation)
            {
                _kept[question] = answer;
            }
        }

        return answer;
    }

    private async Task<IReadOnlyList<StationIsochrone>> ComputeAsync(long[]? stationIds, IReadOnlyList<string>? kinds, int minutes, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = (object?)stationIds ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("kinds", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)kinds?.ToArray() ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Double) { Value = minutes * 60.0 });
        command.Parameters.Add(new NpgsqlParameter("buffer", NpgsqlDbType.Double) { Value = settings.Options.IsochroneBufferMeters });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var isochrones = new List<StationIsochrone>();
        while (await reader.ReadAsync(cancellationToken))
        {
            isochrones.Add(new StationIsochrone(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetNullableString(4),
                minutes, reader.GetInt32(5), reader.GetDouble(6), reader.IsDBNull(7) ? null : reader.GetGeoJson(7)));
        }

        return isochrones;
    }
}
