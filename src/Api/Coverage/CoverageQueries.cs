using System.Text.Json;
using FireMap.Api.Database;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Coverage;

/// <summary>Coverage answers over the stations' stored reach: who is outside, within a community or everywhere.</summary>
public sealed class CoverageQueries(NpgsqlDataSource dataSource, CoverageSettings settings)
{
    public const int MaxListed = 500;

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    // One statement for buildings and places, so the reach is reduced once. The fastest time first (no
    // station), then the station's name for the listed rows only: ranking every (target, station) pair to
    // keep the name cost about as much as the whole answer.
    private static readonly string Coverage = $"""
        WITH {DriveTimeSql.FastestTimes(DriveTimeSql.BuildingAccess + "\nUNION ALL\n" + DriveTimeSql.PlaceAccess)}, b AS MATERIALIZED (
            SELECT b.id, b.code, b.name, b.compound_id, b.occupants, b.geom, t.seconds,
                   (t.seconds IS NULL OR t.seconds > @limit) AS outside
            FROM buildings b LEFT JOIN fastest t ON t.building AND t.id = b.id
            WHERE @community::bigint IS NULL OR b.community_id = @community
        ), p AS MATERIALIZED (
            SELECT p.id, p.code, p.name, p.capacity, p.geom, t.seconds,
                   (t.seconds IS NULL OR t.seconds > @limit) AS outside
            FROM places p LEFT JOIN fastest t ON NOT t.building AND t.id = p.id
            WHERE @community::bigint IS NULL OR p.community_id = @community
        ), listed AS MATERIALIZED (
            (SELECT true AS building, id, code, name, occupants AS people, seconds, ST_PointOnSurface(geom) AS point
             FROM b WHERE outside ORDER BY seconds DESC NULLS FIRST, id LIMIT @first)
            UNION ALL
            (SELECT false, id, code, name, capacity, seconds, geom
             FROM p WHERE outside ORDER BY seconds DESC NULLS FIRST, id LIMIT @first)
        ), named AS ({DriveTimeSql.FastestStationNames("listed")}
        ), shown AS (
            SELECT l.building, l.id, l.code, l.name, l.people, round(l.seconds::numeric, 1) AS seconds, n.name AS "stationName",
                   ST_X(l.point) AS lon, ST_Y(l.point) AS lat, l.seconds AS exact
            FROM listed l LEFT JOIN named n ON n.building = l.building AND n.id = l.id
        )
        SELECT (SELECT count(*) FROM b)::int,
               (SELECT count(*) FILTER (WHERE outside) FROM b)::int,
               (SELECT coalesce(sum(occupants) FILTER (WHERE outside), 0) FROM b)::bigint,
               (SELECT coalesce(json_agg(x), '[]') FROM (
                    SELECT id, code, name, people, seconds, "stationName", lon, lat
                    FROM shown WHERE building ORDER BY exact DESC NULLS FIRST, id) x)::text,
               (SELECT coalesce(json_agg(y), '[]') FROM (
                    SELECT c.id, c.code, c.name, count(*) AS buildings, count(*) FILTER (WHERE outside) AS "buildingsOutside",
                           coalesce(sum(occupants) FILTER (WHERE outside), 0) AS "occupantsOutside"
                    FROM b JOIN compounds c ON c.id = b.compound_id
                    GROUP BY c.id HAVING count(*) FILTER (WHERE outside) > 0
                    ORDER BY 5 DESC, c.id LIMIT @first) y)::text,
               (SELECT count(*) FROM p)::int,
               (SELECT count(*) FILTER (WHERE outside) FROM p)::int,
               (SELECT coalesce(sum(capacity) FILTER (WHERE outside), 0) FROM p)::bigint,
               (SELECT coalesce(json_agg(x), '[]') FROM (
                    SELECT id, code, name, people, seconds, "stationName", lon, lat
                    FROM shown WHERE NOT building ORDER BY exact DESC NULLS FIRST, id) x)::text
        """;

    private static readonly string BuildingTimes = $"""
        WITH {DriveTimeSql.FastestTimes(DriveTimeSql.BuildingAccess)}
        SELECT id, seconds FROM fastest WHERE seconds IS NOT NULL
        """;

    /// <summary>Buildings, compounds and places outside <paramref name="minutes"/> of every station of <paramref name="kinds"/>.</summary>
    public async Task<CoverageAnswer> CoverageAsync(int minutes, IReadOnlyList<string> kinds, long? communityId, int first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        await using var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        return await CoverageAsync(connection, minutes, kinds, communityId, first, cancellationToken);
    }

    /// <summary>As <see cref="CoverageAsync(int, IReadOnlyList{string}, long?, int, CancellationToken)"/>, on an open connection (and its transaction).</summary>
    public async Task<CoverageAnswer> CoverageAsync(NpgsqlConnection connection, int minutes, IReadOnlyList<string> kinds, long? communityId, int first, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(kinds);
        await using var command = Command(connection, Coverage, minutes, kinds, communityId, first);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new CoverageAnswer(minutes, kinds, reader.GetInt32(0), reader.GetInt32(1), reader.GetInt64(2),
            JsonSerializer.Deserialize<List<UncoveredTarget>>(reader.GetString(3), _json)!, JsonSerializer.Deserialize<List<UncoveredCompound>>(reader.GetString(4), _json)!,
            reader.GetInt32(5), reader.GetInt32(6), reader.GetInt64(7), JsonSerializer.Deserialize<List<UncoveredTarget>>(reader.GetString(8), _json)!);
    }

    /// <summary>The fastest time from the stations of <paramref name="kinds"/> to every building (null beyond the horizon).</summary>
    public async Task<IReadOnlyDictionary<long, double>> BuildingTimesAsync(IReadOnlyList<string> kinds, long[]? buildingIds, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, BuildingTimes, 0, kinds, null, 0, buildingIds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var times = new Dictionary<long, double>();
        while (await reader.ReadAsync(cancellationToken))
        {
            times[reader.GetInt64(0)] = reader.GetDouble(1);
        }

        return times;
    }

    internal NpgsqlCommand Command(NpgsqlConnection connection, string sql, int minutes, IReadOnlyList<string> kinds, long? communityId, int first, long[]? ids = null)
    {
        var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter("kinds", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = kinds.ToArray() });
        command.Parameters.Add(new NpgsqlParameter("community", NpgsqlDbType.Bigint) { Value = (object?)communityId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Double) { Value = minutes * 60.0 });
        command.Parameters.Add(new NpgsqlParameter("first", NpgsqlDbType.Integer) { Value = first });
        command.Parameters.Add(new NpgsqlParameter("access_kmh", NpgsqlDbType.Double) { Value = settings.Options.AccessKmh });
        if (!sql.Contains("@ids", StringComparison.Ordinal))
        {
            return command;
        }

        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = (object?)ids ?? DBNull.Value });
        return command;
    }
}
