using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Audit;

/// <summary>
/// Writes who changed what, with the row before and after, inside the change's own transaction. Personal
/// data in the snapshots are redacted here, for every table (<see cref="AuditRedaction"/>).
/// </summary>
public static class AuditWriter
{
    /// <summary>The row of <paramref name="table"/> with <paramref name="id"/> as JSON, locked for the rest of the transaction.</summary>
    public static async Task<string?> SnapshotForUpdateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, long id,
        CancellationToken cancellationToken)
    {
        // Table names come from code, never from input.
        await using var command = new NpgsqlCommand($"SELECT to_jsonb(t)::text FROM {table} t WHERE t.id = @id FOR UPDATE", connection, transaction);
        command.Parameters.AddWithValue("id", id);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    public static async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO audit_log (actor, action, entity, entity_id, before, after)
            VALUES (@actor, @action, @entity, @entity_id, @before::jsonb, @after::jsonb)
            """, connection, transaction);
        var (before, after) = AuditRedaction.Redact(entry.Entity, entry.Before, entry.After);
        command.Parameters.AddWithValue("actor", entry.Actor);
        command.Parameters.AddWithValue("action", entry.Action);
        command.Parameters.AddWithValue("entity", entry.Entity);
        command.Parameters.AddWithValue("entity_id", entry.EntityId);
        command.Parameters.Add(new NpgsqlParameter("before", NpgsqlDbType.Text) { Value = (object?)before ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("after", NpgsqlDbType.Text) { Value = (object?)after ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
