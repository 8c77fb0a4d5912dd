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

    // The fastest time first (no station), then the station's name for the listed rows only: ranking every
    // (target, station) pair to keep the name cost about twice the time of the whole answer.
    private static readonly string BuildingCoverage = $"""
        WITH {DriveTimeSql.FastestTimes(DriveTimeSql.BuildingAccess)}, b AS MATERIALIZED (
            SELECT b.id, b.code, b.name, b.compound_id, b.occupants, b.geom, t.seconds,
                   (t.seconds IS NULL OR t.seconds > @limit) AS outside
            FROM buildings b LEFT JOIN fastest t ON t.id = b.id
            WHERE @community::bigint IS NULL OR b.community_id = @community
        ), listed AS MATERIALIZED (
            SELECT id, code, name, occupants, seconds, geom FROM b WHERE outside ORDER BY seconds DESC NULLS FIRST, id LIMIT @first
        ), named AS ({DriveTimeSql.FastestStationNames("listed")}
        )
        SELECT (SELECT count(*) FROM b)::int,
               (SELECT count(*) FILTER (WHERE outside) FROM b)::int,
               (SELECT coalesce(sum(occupants) FILTER (WHERE outside), 0) FROM b)::bigint,
               (SELECT coalesce(json_agg(x), '[]') FROM (
                    SELECT l.id, l.code, l.name, l.occupants AS people, round(l.seconds::numeric, 1) AS seconds, n.name AS "stationName",
                           ST_X(ST_PointOnSurface(l.geom)) AS lon, ST_Y(ST_PointOnSurface(l.geom)) AS lat
                    FROM listed l LEFT JOIN named n ON n.id = l.id ORDER BY l.seconds DESC NULLS FIRST, l.id) x)::text,
               (SELECT coalesce(json_agg(y), '[]') FROM (
                    SELECT c.id, c.code, c.name, count(*) AS buildings, count(*) FILTER (WHERE outside) AS "buildingsOutside",
                           coalesce(sum(occupants) FILTER (WHERE outside), 0) AS "occupantsOutside"
                    FROM b JOIN compounds c ON c.id = b.compound_id
                    GROUP BY c.id HAVING count(*) FILTER (WHERE outside) > 0
                    ORDER BY 5 DESC, c.id LIMIT @first) y)::text
        """;

    private static readonly string PlaceCoverage = $"""
        WITH {DriveTimeSql.FastestTimes(DriveTimeSql.PlaceAccess)}, p AS MATERIALIZED (
            SELECT p.id, p.code, p.name, p.capacity, p.geom, t.seconds,
                   (t.seconds IS NULL OR t.seconds > @limit) AS outside
            FROM places p LEFT JOIN fastest t ON t.id = p.id
            WHERE @community::bigint IS NULL OR p.community_id = @community
        ), listed AS MATERIALIZED (
            SELECT id, code, name, capacity, seconds, geom FROM p WHERE outside ORDER BY seconds DESC NULLS FIRST, id LIMIT @first
        ), named AS ({DriveTimeSql.FastestStationNames("listed")}
        )
        SELECT (SELECT count(*) FROM p)::int,
               (SELECT count(*) FILTER (WHERE outside) FROM p)::int,
               (SELECT coalesce(sum(capacity) FILTER (WHERE outside), 0) FROM p)::bigint,
               (SELECT coalesce(json_agg(x), '[]') FROM (
                    SELECT l.id, l.code, l.name, l.capacity AS people, round(l.seconds::numeric, 1) AS seconds, n.name AS "stationName",
                           ST_X(l.geom) AS lon, ST_Y(l.geom) AS lat
                    FROM listed l LEFT JOIN named n ON n.id = l.id ORDER BY l.seconds DESC NULLS FIRST, l.id) x)::text
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
        int buildings, buildingsOutside;
        long occupants;
        List<UncoveredTarget> outsideBuildings;
        List<UncoveredCompound> outsideCompounds;
        await using (var command = Command(connection, BuildingCoverage, minutes, kinds, communityId, first))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (buildings, buildingsOutside, occupants) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt64(2));
            outsideBuildings = JsonSerializer.Deserialize<List<UncoveredTarget>>(reader.GetString(3), _json)!;
            outsideCompounds = JsonSerializer.Deserialize<List<UncoveredCompound>>(reader.GetString(4), _json)!;
        }

        await using (var command = Command(connection, PlaceCoverage, minutes, kinds, communityId, first))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            return new CoverageAnswer(minutes, kinds, buildings, buildingsOutside, occupants, outsideBuildings, outsideCompounds,
                reader.GetInt32(0), reader.GetInt32(1), reader.GetInt64(2), JsonSerializer.Deserialize<List<UncoveredTarget>>(reader.GetString(3), _json)!);
        }
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
