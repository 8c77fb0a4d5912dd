using FireMap.Api.Errors;
using Npgsql;

namespace FireMap.Api.Audit;

/// <summary>
/// Changes some columns of one versioned row inside the caller's transaction: locks it, refuses a stale
/// <c>expectedVersion</c> as CONFLICT, updates, and writes the audit entry with the row before and after.
/// Table and column names come from code, never from input; values are always bound.
/// </summary>
public static class AuditedUpdate
{
    public static async Task ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, string entity, long id,
        int expectedVersion, IReadOnlyDictionary<string, object?> columns, string actor, CancellationToken cancellationToken)
    {
        var before = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, table, id, cancellationToken)
            ?? throw Rejection.NotFound(entity, id);
        await using (var version = new NpgsqlCommand($"SELECT version FROM {table} WHERE id = @id", connection, transaction))
        {
            version.Parameters.AddWithValue("id", id);
            var current = (int)(await version.ExecuteScalarAsync(cancellationToken))!;
            if (current != expectedVersion)
            {
                throw Rejection.Of(RejectionKind.Conflict,
                    $"The {entity} {id} changed since version {expectedVersion} (now {current}); reload and retry", "expectedVersion");
            }
        }

        if (columns.Count > 0)
        {
            var names = columns.Keys.ToList();
            await using var update = new NpgsqlCommand(
                $"UPDATE {table} SET {string.Join(", ", names.Select((name, i) => $"{name} = @v{i}"))} WHERE id = @id", connection, transaction);
            update.Parameters.AddWithValue("id", id);
            for (var i = 0; i < names.Count; i++)
            {
                update.Parameters.AddWithValue($"v{i}", columns[names[i]] ?? DBNull.Value);
            }

            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, table, id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(actor, "update", entity, id, before, after), cancellationToken);
    }
}
