using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Errors;
using FireMap.Api.Units;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Outreach;

/// <summary>
/// Records outreach activities and saves the targets. Each change is one transaction with its audit entry (row
/// before and after); a stale <c>expectedVersion</c> is a CONFLICT, an activity outside the user's community or
/// grids FORBIDDEN, and nothing is written.
/// </summary>
public sealed class OutreachCommands(NpgsqlDataSource dataSource)
{
    public async Task<OutreachActivityRecord> CreateAsync(OutreachChange change, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var columns = new Dictionary<string, object?>(change.Columns, StringComparer.Ordinal);
        await PlaceAsync(connection, transaction, change, columns, user, "That activity", cancellationToken);
        var names = columns.Keys.ToList();
        long id;
        await using (var insert = new NpgsqlCommand($"""
            WITH n AS (SELECT nextval(pg_get_serial_sequence('outreach_activities', 'id')) AS id)
            INSERT INTO outreach_activities (id, code, {string.Join(", ", names)})
            OVERRIDING SYSTEM VALUE
            SELECT n.id, COALESCE(@code, 'XC' || lpad(n.id::text, 4, '0')), {string.Join(", ", names.Select((_, i) => $"@v{i}"))} FROM n
            RETURNING id
            """, connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter("code", NpgsqlDbType.Text) { Value = (object?)change.Code ?? DBNull.Value });
            Bind(insert, names, columns);
            id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }

        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "outreach_activities", id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(user.UserName, "create", "outreach_activity", id, null, after), cancellationToken);
        var created = (await OutreachRepository.FindAsync(connection, transaction, id, cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        return created;
    }

    public async Task<OutreachActivityRecord> UpdateAsync(long id, OutreachChange change, int expectedVersion, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "outreach_activities", id, cancellationToken)
            ?? throw Rejection.NotFound("outreach activity", id);
        var current = (await OutreachRepository.FindAsync(connection, transaction, id, cancellationToken))!;
        user.EnsureCanChangeIn(current.CommunityId, current.GridId, $"Activity {current.Code}");
        if (current.Version != expectedVersion)
        {
            throw Rejection.Of(RejectionKind.Conflict,
                $"Activity {current.Code} changed since version {expectedVersion} (now {current.Version}); reload and retry", "expectedVersion");
        }

        var columns = new Dictionary<string, object?>(change.Columns, StringComparer.Ordinal);
        if (change.Relocates)
        {
            await PlaceAsync(connection, transaction, change, columns, user, $"The new location of activity {current.Code}", cancellationToken);
        }

        var names = columns.Keys.ToList();
        await using (var update = new NpgsqlCommand(
            $"UPDATE outreach_activities SET {string.Join(", ", names.Select((name, i) => $"{name} = @v{i}"))} WHERE id = @id", connection, transaction))
        {
            update.Parameters.AddWithValue("id", id);
            Bind(update, names, columns);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "outreach_activities", id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(user.UserName, "update", "outreach_activity", id, before, after), cancellationToken);
        var changed = (await OutreachRepository.FindAsync(connection, transaction, id, cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    /// <summary>Creates (<paramref name="expectedVersion"/> 0) or replaces the target with <paramref name="target"/>'s code.</summary>
    public async Task<OutreachTargetRecord> SaveTargetAsync(OutreachTargetRecord target, int expectedVersion, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.EndsOn < target.StartsOn)
        {
            throw Rejection.BadInput("endsOn", $"{target.EndsOn:yyyy-MM-dd} is before startsOn {target.StartsOn:yyyy-MM-dd}");
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long? id = null;
        var version = 0;
        await using (var find = new NpgsqlCommand("SELECT id, version FROM outreach_targets WHERE code = @code FOR UPDATE", connection, transaction))
        {
            find.Parameters.AddWithValue("code", target.Code);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                (id, version) = (reader.GetInt64(0), reader.GetInt32(1));
            }
        }

        if (version != expectedVersion)
        {
            throw Rejection.Of(RejectionKind.Conflict, $"Target {target.Code} is at version {version}, not {expectedVersion}; reload and retry", "expectedVersion");
        }

        var before = id is long existing ? await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "outreach_targets", existing, cancellationToken) : null;
        await using (var save = new NpgsqlCommand(id is null
            ? """
              INSERT INTO outreach_targets (code, kind, basis, minimum, starts_on, ends_on, description)
              VALUES (@code, @kind, @basis, @minimum, @starts, @ends, @description)
              ON CONFLICT (code) DO NOTHING RETURNING id
              """
            : """
              UPDATE outreach_targets SET kind = @kind, basis = @basis, minimum = @minimum, starts_on = @starts, ends_on = @ends, description = @description
              WHERE code = @code RETURNING id
              """, connection, transaction))
        {
            save.Parameters.AddWithValue("code", target.Code);
            save.Parameters.AddWithValue("kind", target.Kind);
            save.Parameters.AddWithValue("basis", target.Basis);
            save.Parameters.AddWithValue("minimum", target.Minimum);
            save.Parameters.AddWithValue("starts", target.StartsOn);
            save.Parameters.AddWithValue("ends", target.EndsOn);
            save.Parameters.AddWithValue("description", target.Description);
            id = (long?)await save.ExecuteScalarAsync(cancellationToken)
                ?? throw Rejection.Of(RejectionKind.Conflict, $"Target {target.Code} was created meanwhile; reload and retry", "expectedVersion");
        }

        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "outreach_targets", id.Value, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(actor, before is null ? "create" : "update", "outreach_target", id.Value, before, after),
            cancellationToken);
        await using var read = new NpgsqlCommand($"SELECT {OutreachSql.TargetColumns} FROM outreach_targets t WHERE t.id = @id", connection, transaction);
        read.Parameters.AddWithValue("id", id.Value);
        OutreachTargetRecord saved;
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            saved = OutreachRepository.ReadTarget(reader);
        }

        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    // Sets unit_id, place_id, geom, community_id and grid_id from the change's location, within the user's scope.
    private static async Task PlaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, OutreachChange change,
        Dictionary<string, object?> columns, CurrentUser user, string what, CancellationToken cancellationToken)
    {
        long community;
        long? grid;
        Geometry? point = null;
        if (change.UnitId is not null || change.PlaceId is not null || change.Point is not null)
        {
            var place = await RegisterLocation.ResolveAsync(connection, transaction, change.Point, change.PlaceId, null, change.UnitId, cancellationToken);
            (community, grid, point) = (place.CommunityId, place.GridId, place.Point);
            if (change.GridCode is not null || change.CommunityCode is not null)
            {
                var area = await RegisterLocation.AreaAsync(connection, transaction, change.CommunityCode ?? await CodeOfAsync(connection, transaction, community, cancellationToken),
                    change.GridCode, cancellationToken);
                if (area.CommunityId != community)
                {
                    throw Rejection.BadInput("communityCode", "the unit, place or point lies in another community");
                }

                grid = area.GridId ?? grid;
            }
        }
        else
        {
            (community, grid) = await RegisterLocation.AreaAsync(connection, transaction, change.CommunityCode!, change.GridCode, cancellationToken);
        }

        user.EnsureCanChangeIn(community, grid, what);
        (columns["unit_id"], columns["place_id"], columns["geom"], columns["community_id"], columns["grid_id"]) = (change.UnitId, change.PlaceId, point, community, grid);
    }

    private static async Task<string> CodeOfAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long community, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT code FROM communities WHERE id = @id", connection, transaction);
        command.Parameters.AddWithValue("id", community);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static void Bind(NpgsqlCommand command, IReadOnlyList<string> names, IReadOnlyDictionary<string, object?> columns)
    {
        for (var i = 0; i < names.Count; i++)
        {
            // A null geometry still needs its type for the driver.
            command.Parameters.Add(names[i] == "geom"
                ? new NpgsqlParameter($"v{i}", NpgsqlDbType.Geometry) { Value = columns[names[i]] ?? DBNull.Value }
                : new NpgsqlParameter($"v{i}", columns[names[i]] ?? DBNull.Value));
        }
    }
}
