using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Errors;
using FireMap.Api.Units;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Enforcement;

/// <summary>
/// Opens, changes and closes enforcement cases. Each change is one transaction with its audit entry (the row with its
/// linked hazards, before and after); a stale <c>expectedVersion</c> or closing a closed case is a CONFLICT, a case
/// outside the user's community FORBIDDEN, and nothing is written.
/// </summary>
public sealed class EnforcementCommands(NpgsqlDataSource dataSource)
{
    private const string Snapshot = """
        SELECT (to_jsonb(e) || jsonb_build_object('hazard_ids',
                   (SELECT COALESCE(jsonb_agg(l.hazard_id ORDER BY l.hazard_id), '[]') FROM enforcement_case_hazards l WHERE l.case_id = e.id)))::text
        FROM enforcement_cases e WHERE e.id = @id FOR UPDATE
        """;

    public async Task<EnforcementCaseRecord> OpenAsync(EnforcementChange change, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var place = await RegisterLocation.ResolveAsync(connection, transaction, change.Point, change.PlaceId, null, change.UnitId, cancellationToken);
        user.EnsureCanChangeIn(place.CommunityId, place.GridId, "That case");
        var columns = new Dictionary<string, object?>(change.Columns, StringComparer.Ordinal)
        {
            ["unit_id"] = change.UnitId,
            ["place_id"] = change.PlaceId,
            ["community_id"] = place.CommunityId,
            ["grid_id"] = place.GridId,
            ["geom"] = place.Point,
        };
        if (!columns.ContainsKey("party"))
        {
            columns["party"] = await PartyAsync(connection, transaction, change, cancellationToken);
        }

        CheckDates((DateOnly)columns["opened_on"]!, columns.GetValueOrDefault("deadline") as DateOnly?);
        var names = columns.Keys.ToList();
        long id;
        await using (var insert = new NpgsqlCommand($"""
            WITH n AS (SELECT nextval(pg_get_serial_sequence('enforcement_cases', 'id')) AS id)
            INSERT INTO enforcement_cases (id, code, {string.Join(", ", names)})
            OVERRIDING SYSTEM VALUE
            SELECT n.id, COALESCE(@code, 'ZF' || to_char(@opened::date, 'YYYYMMDD') || '-' || n.id), {string.Join(", ", names.Select((_, i) => $"@v{i}"))} FROM n
            RETURNING id
            """, connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter("code", NpgsqlDbType.Text) { Value = (object?)change.Code ?? DBNull.Value });
            insert.Parameters.AddWithValue("opened", (DateOnly)columns["opened_on"]!);
            Bind(insert, names, columns);
            id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }

        await LinkAsync(connection, transaction, id, place.CommunityId, change.HazardIds, cancellationToken);
        var after = await SnapshotAsync(connection, transaction, id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(user.UserName, "open", "enforcement_case", id, null, after), cancellationToken);
        var opened = (await EnforcementRepository.FindAsync(connection, transaction, id, cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        return opened;
    }

    public Task<EnforcementCaseRecord> UpdateAsync(long id, EnforcementChange change, int expectedVersion, CurrentUser user, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedVersion, user, "update", async (connection, transaction, current) =>
        {
            CheckDates(change.Columns.GetValueOrDefault("opened_on") as DateOnly? ?? current.OpenedOn,
                change.Columns.ContainsKey("deadline") ? change.Columns["deadline"] as DateOnly? : current.Deadline);
            await LinkAsync(connection, transaction, id, current.CommunityId, change.HazardIds, cancellationToken);
            return new Dictionary<string, object?>(change.Columns, StringComparer.Ordinal) { ["version"] = current.Version };
        }, cancellationToken);

    /// <summary>Closes an open case (办结) on <paramref name="closedOn"/> with its outcome; a closed one is a CONFLICT.</summary>
    public Task<EnforcementCaseRecord> CloseAsync(long id, DateOnly closedOn, string outcome, int expectedVersion, CurrentUser user, CancellationToken cancellationToken) =>
        ChangeAsync(id, expectedVersion, user, "close", (_, _, current) =>
        {
            if (current.Status == "closed")
            {
                throw Rejection.Of(RejectionKind.Conflict, $"Case {current.Code} is already closed", "id");
            }

            return Task.FromResult(closedOn < current.OpenedOn
                ? throw Rejection.BadInput("closedOn", $"{closedOn:yyyy-MM-dd} is before the case was opened ({current.OpenedOn:yyyy-MM-dd})")
                : new Dictionary<string, object?>(StringComparer.Ordinal) { ["status"] = "closed", ["closed_on"] = closedOn, ["outcome"] = outcome });
        }, cancellationToken);

    private async Task<EnforcementCaseRecord> ChangeAsync(long id, int expectedVersion, CurrentUser user, string action,
        Func<NpgsqlConnection, NpgsqlTransaction, EnforcementCaseRecord, Task<Dictionary<string, object?>>> columnsOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The row lock makes a concurrent change wait here; it then sees this one's version.
        var before = await SnapshotAsync(connection, transaction, id, cancellationToken) ?? throw Rejection.NotFound("enforcement case", id);
        var current = (await EnforcementRepository.FindAsync(connection, transaction, id, cancellationToken))!;
        user.EnsureCanChangeIn(current.CommunityId, current.GridId, $"Case {current.Code}");
        if (current.Version != expectedVersion)
        {
            throw Rejection.Of(RejectionKind.Conflict,
                $"Case {current.Code} changed since version {expectedVersion} (now {current.Version}); reload and retry", "expectedVersion");
        }

        var columns = await columnsOf(connection, transaction, current);
        var names = columns.Keys.ToList();
        await using (var update = new NpgsqlCommand(
            $"UPDATE enforcement_cases SET {string.Join(", ", names.Select((name, i) => $"{name} = @v{i}"))} WHERE id = @id", connection, transaction))
        {
            update.Parameters.AddWithValue("id", id);
            Bind(update, names, columns);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        var after = await SnapshotAsync(connection, transaction, id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(user.UserName, action, "enforcement_case", id, before, after), cancellationToken);
        var changed = (await EnforcementRepository.FindAsync(connection, transaction, id, cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    private static void CheckDates(DateOnly openedOn, DateOnly? deadline)
    {
        if (deadline < openedOn)
        {
            throw Rejection.BadInput("deadline", $"{deadline:yyyy-MM-dd} is before the case was opened ({openedOn:yyyy-MM-dd})");
        }
    }

    // Replaces the linked hazards: each must exist and lie in the case's community.
    private static async Task LinkAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, long communityId, IReadOnlyList<long>? hazardIds,
        CancellationToken cancellationToken)
    {
        if (hazardIds is null)
        {
            return;
        }

        await using (var check = new NpgsqlCommand("""
            SELECT i, h.id IS NOT NULL FROM unnest(@ids) i LEFT JOIN hazards h ON h.id = i
            WHERE h.id IS NULL OR h.community_id IS DISTINCT FROM @community ORDER BY i LIMIT 1
            """, connection, transaction))
        {
            check.Parameters.AddWithValue("ids", hazardIds.ToArray());
            check.Parameters.AddWithValue("community", communityId);
            await using var reader = await check.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                throw reader.GetBoolean(1)
                    ? Rejection.BadInput("hazardIds", $"hazard {reader.GetInt64(0)} lies in another community than the case")
                    : Rejection.NotFound("hazard", reader.GetInt64(0));
            }
        }

        await using var link = new NpgsqlCommand("""
            DELETE FROM enforcement_case_hazards WHERE case_id = @id;
            INSERT INTO enforcement_case_hazards (case_id, hazard_id) SELECT @id, i FROM unnest(@ids) i;
            """, connection, transaction);
        link.Parameters.AddWithValue("id", id);
        link.Parameters.AddWithValue("ids", hazardIds.ToArray());
        await link.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string> PartyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, EnforcementChange change,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT COALESCE((SELECT name FROM units WHERE id = @unit), (SELECT name FROM places WHERE id = @place))
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter("unit", NpgsqlDbType.Bigint) { Value = (object?)change.UnitId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("place", NpgsqlDbType.Bigint) { Value = (object?)change.PlaceId ?? DBNull.Value });
        return await command.ExecuteScalarAsync(cancellationToken) as string ?? throw Rejection.BadInput("party", "name the party of a case against a point");
    }

    private static void Bind(NpgsqlCommand command, IReadOnlyList<string> names, IReadOnlyDictionary<string, object?> columns)
    {
        for (var i = 0; i < names.Count; i++)
        {
            command.Parameters.Add(names[i] switch
            {
                "deadline" or "closed_on" or "opened_on" => new NpgsqlParameter($"v{i}", NpgsqlDbType.Date) { Value = columns[names[i]] ?? DBNull.Value },
                "unit_id" or "place_id" or "grid_id" => new NpgsqlParameter($"v{i}", NpgsqlDbType.Bigint) { Value = columns[names[i]] ?? DBNull.Value },
                _ => new NpgsqlParameter($"v{i}", columns[names[i]] ?? DBNull.Value),
            });
        }
    }

    private static async Task<string?> SnapshotAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Snapshot, connection, transaction);
        command.Parameters.AddWithValue("id", id);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }
}
