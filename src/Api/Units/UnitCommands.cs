using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Errors;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Units;

/// <summary>
/// Creates and changes units. Each change is one transaction with its audit entry (the row with its premises and
/// trainings, before and after; personal columns redacted by the audit writer); a stale <c>expectedVersion</c> is a
/// CONFLICT, a unit outside the user's community or grids (before or after a move) FORBIDDEN, and nothing is written.
/// </summary>
public sealed class UnitCommands(NpgsqlDataSource dataSource)
{
    // The snapshot the audit keeps: the row, its premises and its trainings.
    private const string Snapshot = """
        SELECT (to_jsonb(u) || jsonb_build_object(
                   'premises', (SELECT COALESCE(jsonb_agg(jsonb_build_object('building_id', p.building_id, 'place_id', p.place_id) ORDER BY p.id), '[]')
                                FROM unit_premises p WHERE p.unit_id = u.id),
                   'trainings', (SELECT COALESCE(jsonb_agg(to_jsonb(t) - 'unit_id' ORDER BY t.kind), '[]') FROM unit_trainings t WHERE t.unit_id = u.id)))::text
        FROM units u WHERE u.id = @id FOR UPDATE
        """;

    public async Task<UnitRecord> CreateAsync(UnitChange change, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(user);
        EnsurePersonal(change, user);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var place = await LocateAsync(connection, transaction, change, cancellationToken)
            ?? throw Rejection.BadInput("point", "give a point, or at least one place or building the unit occupies");
        user.EnsureCanChangeIn(place.CommunityId, place.GridId, "That unit");

        long id;
        var columns = new Dictionary<string, object?>(change.Columns, StringComparer.Ordinal)
        {
            ["community_id"] = place.CommunityId,
            ["grid_id"] = place.GridId,
            ["geom"] = place.Point,
        };
        var names = columns.Keys.ToList();
        await using (var insert = new NpgsqlCommand($"""
            WITH n AS (SELECT nextval(pg_get_serial_sequence('units', 'id')) AS id)
            INSERT INTO units (id, code, {string.Join(", ", names)})
            OVERRIDING SYSTEM VALUE
            SELECT n.id, COALESCE(@code, 'DW' || lpad(n.id::text, 4, '0')), {string.Join(", ", names.Select((_, i) => $"@v{i}"))} FROM n
            RETURNING id
            """, connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter("code", NpgsqlDbType.Text) { Value = (object?)change.Code ?? DBNull.Value });
            for (var i = 0; i < names.Count; i++)
            {
                insert.Parameters.AddWithValue($"v{i}", columns[names[i]] ?? DBNull.Value);
            }

            id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }

        await ReplaceDetailsAsync(connection, transaction, id, change, cancellationToken);
        var after = await SnapshotAsync(connection, transaction, id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(user.UserName, "create", "unit", id, null, after), cancellationToken);
        var created = (await UnitRepository.FindAsync(connection, transaction, id, cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        return created;
    }

    public async Task<UnitRecord> UpdateAsync(long id, UnitChange change, int expectedVersion, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(user);
        EnsurePersonal(change, user);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The row lock makes a concurrent change wait here; it then sees this one's version.
        var before = await SnapshotAsync(connection, transaction, id, cancellationToken) ?? throw Rejection.NotFound("unit", id);
        var current = (await UnitRepository.FindAsync(connection, transaction, id, cancellationToken))!;
        user.EnsureCanChangeIn(current.CommunityId, current.GridId, $"Unit {current.Code}");
        if (current.Version != expectedVersion)
        {
            throw Rejection.Of(RejectionKind.Conflict,
                $"Unit {current.Code} changed since version {expectedVersion} (now {current.Version}); reload and retry", "expectedVersion");
        }

        var columns = new Dictionary<string, object?>(change.Columns, StringComparer.Ordinal);
        if (change.Point is not null || change.PlaceIds is not null || change.BuildingIds is not null)
        {
            // Moved: the new location must lie in the user's scope too. Premises replaced without a point keep the old one when none is left.
            if (await LocateAsync(connection, transaction, change, cancellationToken) is { } place)
            {
                user.EnsureCanChangeIn(place.CommunityId, place.GridId, $"The new location of unit {current.Code}");
                (columns["community_id"], columns["grid_id"], columns["geom"]) = (place.CommunityId, place.GridId, place.Point);
            }
        }

        columns["version"] = current.Version; // an update of premises or trainings alone still bumps the version
        var names = columns.Keys.ToList();
        await using (var update = new NpgsqlCommand(
            $"UPDATE units SET {string.Join(", ", names.Select((name, i) => $"{name} = @v{i}"))} WHERE id = @id", connection, transaction))
        {
            update.Parameters.AddWithValue("id", id);
            for (var i = 0; i < names.Count; i++)
            {
                update.Parameters.AddWithValue($"v{i}", columns[names[i]] ?? DBNull.Value);
            }

            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await ReplaceDetailsAsync(connection, transaction, id, change, cancellationToken);
        var after = await SnapshotAsync(connection, transaction, id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(user.UserName, "update", "unit", id, before, after), cancellationToken);
        var changed = (await UnitRepository.FindAsync(connection, transaction, id, cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    private static void EnsurePersonal(UnitChange change, CurrentUser user)
    {
        if (change.Personal && !user.Can(AccessRule.Personal))
        {
            throw Rejection.Of(RejectionKind.Forbidden, "The responsible person and manager are personal data.");
        }
    }

    // The point given, else the first place, else the first building; null when the change gives none of them.
    private static async Task<RegisterPlace?> LocateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, UnitChange change,
        CancellationToken cancellationToken)
    {
        await CheckAllExistAsync(connection, transaction, "places", "place", change.PlaceIds, cancellationToken);
        await CheckAllExistAsync(connection, transaction, "buildings", "building", change.BuildingIds, cancellationToken);
        var placeId = change.PlaceIds is [var p, ..] ? p : (long?)null;
        var buildingId = placeId is null && change.BuildingIds is [var b, ..] ? b : (long?)null;
        return change.Point is null && placeId is null && buildingId is null
            ? null
            : await RegisterLocation.ResolveAsync(connection, transaction, change.Point, placeId, buildingId, null, cancellationToken);
    }

    private static async Task CheckAllExistAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, string entity,
        IReadOnlyList<long>? ids, CancellationToken cancellationToken)
    {
        if (ids is not { Count: > 0 })
        {
            return;
        }

        await using var command = new NpgsqlCommand($"SELECT min(i) FROM unnest(@ids) i WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE t.id = i)",
            connection, transaction);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        if (await command.ExecuteScalarAsync(cancellationToken) is long missing)
        {
            throw Rejection.NotFound(entity, missing);
        }
    }

    private static async Task ReplaceDetailsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, UnitChange change,
        CancellationToken cancellationToken)
    {
        if (change.BuildingIds is not null || change.PlaceIds is not null)
        {
            await using var premises = new NpgsqlCommand("""
                DELETE FROM unit_premises WHERE unit_id = @id AND ((@buildings::bigint[] IS NOT NULL AND building_id IS NOT NULL)
                                                                    OR (@places::bigint[] IS NOT NULL AND place_id IS NOT NULL));
                INSERT INTO unit_premises (unit_id, building_id) SELECT @id, b FROM unnest(@buildings) WITH ORDINALITY AS x (b, n) ORDER BY n;
                INSERT INTO unit_premises (unit_id, place_id) SELECT @id, p FROM unnest(@places) WITH ORDINALITY AS x (p, n) ORDER BY n;
                """, connection, transaction);
            premises.Parameters.AddWithValue("id", id);
            premises.Parameters.Add(new NpgsqlParameter("buildings", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = (object?)change.BuildingIds?.ToArray() ?? DBNull.Value });
            premises.Parameters.Add(new NpgsqlParameter("places", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = (object?)change.PlaceIds?.ToArray() ?? DBNull.Value });
            await premises.ExecuteNonQueryAsync(cancellationToken);
        }

        if (change.Trainings is { } trainings)
        {
            await using var replace = new NpgsqlCommand("""
                DELETE FROM unit_trainings WHERE unit_id = @id;
                INSERT INTO unit_trainings (unit_id, kind, people, trained_on) SELECT @id, k, p, d FROM unnest(@kinds, @people, @dates) AS x (k, p, d);
                """, connection, transaction);
            replace.Parameters.AddWithValue("id", id);
            replace.Parameters.AddWithValue("kinds", trainings.Select(t => t.Kind).ToArray());
            replace.Parameters.AddWithValue("people", trainings.Select(t => t.People).ToArray());
            replace.Parameters.Add(new NpgsqlParameter("dates", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = trainings.Select(t => (object?)t.TrainedOn ?? DBNull.Value).ToArray() });
            await replace.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<string?> SnapshotAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Snapshot, connection, transaction);
        command.Parameters.AddWithValue("id", id);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }
}
