using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Database;
using FireMap.Api.Errors;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Incidents;

/// <summary>Reads, enters and edits incidents (火灾). Entries and edits are audited, scoped by the community of the point, and versioned.</summary>
public sealed class IncidentRepository(NpgsqlDataSource dataSource)
{
    private const string Select = """
        SELECT i.id, i.code, i.occurred_at, i.cause, i.building_id, i.place_id, i.casualties, i.loss_cny, i.description, c.id, c.code,
               i.updated_by, i.version, ST_AsGeoJSON(i.geom, 7)
        FROM incidents i LEFT JOIN LATERAL (SELECT id, code FROM communities WHERE ST_Intersects(geom, i.geom) ORDER BY id LIMIT 1) c ON true
        """;

    private const string Filter = """
        (@from::timestamptz IS NULL OR i.occurred_at >= @from)
        AND (@to::timestamptz IS NULL OR i.occurred_at < @to)
        AND (@causes::text[] IS NULL OR i.cause = ANY (@causes))
        AND (@community::text IS NULL OR c.code = @community)
        AND (@scope::bigint IS NULL OR c.id = @scope)
        """;

    public async Task<IncidentRecord?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"{Select} WHERE i.id = @id");
        command.Parameters.AddWithValue("id", id);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<IncidentRecord>> ListAsync(IncidentQuery query, long? afterId, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"{Select} WHERE {Filter} AND (@after::bigint IS NULL OR i.id > @after) ORDER BY i.id LIMIT @limit");
        Bind(command, query);
        command.Parameters.Add(new NpgsqlParameter("after", NpgsqlDbType.Bigint) { Value = (object?)afterId ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<int> CountAsync(IncidentQuery query, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"SELECT count(*)::int FROM ({Select} WHERE {Filter}) n");
        Bind(command, query);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Statistics of the incidents matching <paramref name="query"/>, grouped by <paramref name="by"/> (cause, month or community).</summary>
    public async Task<IReadOnlyList<IncidentStatistic>> StatisticsAsync(IncidentQuery query, string by, CancellationToken cancellationToken)
    {
        var key = by switch
        {
            "cause" => "i.cause",
            "month" => "to_char(i.occurred_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')",
            "community" => "COALESCE(c.code, '')",
            _ => throw Rejection.BadInput("by", "must be CAUSE, MONTH or COMMUNITY"),
        };
        await using var command = dataSource.Routed().CreateCommand($"""
            SELECT {key} AS k, count(*)::int, COALESCE(sum(i.casualties), 0)::int, COALESCE(sum(i.loss_cny), 0)
            FROM incidents i LEFT JOIN LATERAL (SELECT id, code FROM communities WHERE ST_Intersects(geom, i.geom) ORDER BY id LIMIT 1) c ON true
            WHERE {Filter}
            GROUP BY k ORDER BY k
            """);
        Bind(command, query);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<IncidentStatistic>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new IncidentStatistic(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetDecimal(3)));
        }

        return rows;
    }

    public async Task<IncidentRecord> EnterAsync(IncidentInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await EnsureScopeAsync(connection, transaction, input.Point!.Lon, input.Point.Lat, user, cancellationToken);
        long id;
        await using (var insert = new NpgsqlCommand("""
            WITH n AS (SELECT nextval(pg_get_serial_sequence('incidents', 'id')) AS id)
            INSERT INTO incidents (id, code, occurred_at, cause, building_id, place_id, casualties, loss_cny, description, geom, updated_by)
            OVERRIDING SYSTEM VALUE
            SELECT n.id, 'HZ' || to_char(@occurred AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-' || n.id, @occurred, @cause, @building, @place,
                   @casualties, @loss, @description, ST_SetSRID(ST_MakePoint(@lon, @lat), 4326), @by
            FROM n
            RETURNING id
            """, connection, transaction))
        {
            Bind(insert, input, user);
            id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }

        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "incidents", id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(user.UserName, "enter", "incident", id, null, after), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await FindAsync(id, cancellationToken))!;
    }

    public async Task<IncidentRecord> EditAsync(long id, int expectedVersion, IncidentInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "incidents", id, cancellationToken)
            ?? throw Rejection.NotFound("Incident", id);
        var current = (await FindAsync(id, cancellationToken))!;
        var (lon, lat) = await PointOfAsync(connection, transaction, id, cancellationToken);
        await EnsureScopeAsync(connection, transaction, lon, lat, user, cancellationToken);
        if (input.Point is not null)
        {
            await EnsureScopeAsync(connection, transaction, input.Point.Lon, input.Point.Lat, user, cancellationToken);
        }

        if (current.Version != expectedVersion)
        {
            throw Rejection.Of(RejectionKind.Conflict, $"Incident {current.Code} changed since version {expectedVersion} (now {current.Version}); reload and retry", "expectedVersion");
        }

        await using (var update = new NpgsqlCommand("""
            UPDATE incidents SET occurred_at = COALESCE(@occurred, occurred_at), cause = COALESCE(@cause, cause),
                   building_id = COALESCE(@building, building_id), place_id = COALESCE(@place, place_id),
                   casualties = COALESCE(@casualties, casualties), loss_cny = COALESCE(@loss, loss_cny),
                   description = COALESCE(@description, description),
                   geom = CASE WHEN @lon::float8 IS NULL THEN geom ELSE ST_SetSRID(ST_MakePoint(@lon, @lat), 4326) END, updated_by = @by
            WHERE id = @id
            """, connection, transaction))
        {
            Bind(update, input, user);
            update.Parameters.AddWithValue("id", id);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "incidents", id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(user.UserName, "edit", "incident", id, before, after), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await FindAsync(id, cancellationToken))!;
    }

    private static async Task<(double Lon, double Lat)> PointOfAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT ST_X(geom), ST_Y(geom) FROM incidents WHERE id = @id", connection, transaction);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetDouble(0), reader.GetDouble(1));
    }

    // A fire outside every community is the sub-district office's to record.
    private static async Task EnsureScopeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, double lon, double lat, CurrentUser user,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT c.id FROM communities c WHERE ST_Intersects(c.geom, p.g) ORDER BY c.id LIMIT 1),
                   (SELECT g.id FROM grids g WHERE ST_Intersects(g.geom, p.g) ORDER BY g.id LIMIT 1)
            FROM (SELECT ST_SetSRID(ST_MakePoint(@lon, @lat), 4326) AS g) p
            """, connection, transaction);
        command.Parameters.AddWithValue("lon", lon);
        command.Parameters.AddWithValue("lat", lat);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        long? community = reader.IsDBNull(0) ? null : reader.GetInt64(0);
        long? grid = reader.IsDBNull(1) ? null : reader.GetInt64(1);
        await reader.CloseAsync();
        if (community is long id)
        {
            user.EnsureCanChangeIn(id, grid, "That point");
        }
        else if (user.ReadCommunityId is not null)
        {
            throw Rejection.Of(RejectionKind.Forbidden, "That point lies outside every community; the sub-district office records it.");
        }
    }

    private static void Bind(NpgsqlCommand command, IncidentInput input, CurrentUser user)
    {
        var p = command.Parameters;
        p.Add(new NpgsqlParameter("occurred", NpgsqlDbType.TimestampTz) { Value = (object?)input.OccurredAt?.ToUniversalTime() ?? DBNull.Value });
        p.Add(new NpgsqlParameter("cause", NpgsqlDbType.Text) { Value = (object?)input.Cause ?? DBNull.Value });
        p.Add(new NpgsqlParameter("building", NpgsqlDbType.Bigint) { Value = (object?)input.BuildingId ?? DBNull.Value });
        p.Add(new NpgsqlParameter("place", NpgsqlDbType.Bigint) { Value = (object?)input.PlaceId ?? DBNull.Value });
        p.Add(new NpgsqlParameter("casualties", NpgsqlDbType.Integer) { Value = (object?)input.Casualties ?? DBNull.Value });
        p.Add(new NpgsqlParameter("loss", NpgsqlDbType.Numeric) { Value = (object?)input.LossCny ?? DBNull.Value });
        p.Add(new NpgsqlParameter("description", NpgsqlDbType.Text) { Value = (object?)input.Description ?? DBNull.Value });
        p.Add(new NpgsqlParameter("lon", NpgsqlDbType.Double) { Value = (object?)input.Point?.Lon ?? DBNull.Value });
        p.Add(new NpgsqlParameter("lat", NpgsqlDbType.Double) { Value = (object?)input.Point?.Lat ?? DBNull.Value });
        p.AddWithValue("by", user.UserName);
    }

    private static void Bind(NpgsqlCommand command, IncidentQuery query)
    {
        var p = command.Parameters;
        p.Add(new NpgsqlParameter("from", NpgsqlDbType.TimestampTz) { Value = (object?)query.From?.ToUniversalTime() ?? DBNull.Value });
        p.Add(new NpgsqlParameter("to", NpgsqlDbType.TimestampTz) { Value = (object?)query.To?.ToUniversalTime() ?? DBNull.Value });
        p.Add(new NpgsqlParameter("causes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)query.Causes?.ToArray() ?? DBNull.Value });
        p.Add(new NpgsqlParameter("community", NpgsqlDbType.Text) { Value = (object?)query.CommunityCode ?? DBNull.Value });
        p.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)query.ScopeCommunityId ?? DBNull.Value });
    }

    private static async Task<List<IncidentRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<IncidentRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new IncidentRecord(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4), reader.IsDBNull(5) ? null : reader.GetInt64(5), reader.GetInt32(6),
                reader.IsDBNull(7) ? null : reader.GetDecimal(7), reader.GetNullableString(8), reader.IsDBNull(9) ? null : reader.GetInt64(9),
                reader.GetNullableString(10), reader.GetNullableString(11), reader.GetInt32(12), reader.GetGeoJson(13)));
        }

        return rows;
    }
}
