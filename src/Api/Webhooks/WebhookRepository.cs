using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Database;
using FireMap.Api.Errors;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Webhooks;

/// <summary>Subscriptions (created and changed by administrators, audited) and the delivery log.</summary>
public sealed class WebhookRepository(NpgsqlDataSource dataSource)
{
    private const string SubscriptionColumns = "id, name, url, right(secret, 4), event_kinds, active, updated_by, created_at, version";

    private const string DeliveryColumns = """
        d.id, d.subscription_id, s.name, d.event_id, e.kind, e.entity_id, d.status, d.attempts, d.next_attempt_at, d.last_status,
        d.last_error, d.delivered_at, d.created_at
        """;

    public async Task<IReadOnlyList<WebhookSubscriptionRecord>> SubscriptionsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {SubscriptionColumns} FROM webhook_subscriptions ORDER BY id");
        return await ReadSubscriptionsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<WebhookDeliveryRecord>> DeliveriesAsync(long? subscriptionId, string? status, long? afterId, int limit,
        CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT {DeliveryColumns}
            FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id JOIN record_events e ON e.id = d.event_id
            WHERE (@subscription::bigint IS NULL OR d.subscription_id = @subscription)
              AND (@status::text IS NULL OR d.status = @status)
              AND (@after::bigint IS NULL OR d.id < @after)
            ORDER BY d.id DESC
            LIMIT @limit
            """);
        command.Parameters.Add(new NpgsqlParameter("subscription", NpgsqlDbType.Bigint) { Value = (object?)subscriptionId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("status", NpgsqlDbType.Text) { Value = (object?)status ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("after", NpgsqlDbType.Bigint) { Value = (object?)afterId ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<WebhookDeliveryRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new WebhookDeliveryRecord(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4),
                reader.GetInt64(5), reader.GetString(6), reader.GetInt32(7), reader.GetFieldValue<DateTimeOffset>(8),
                reader.IsDBNull(9) ? null : reader.GetInt32(9), reader.GetNullableString(10),
                reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11), reader.GetFieldValue<DateTimeOffset>(12)));
        }

        return rows;
    }

    public async Task<WebhookSubscriptionRecord> CreateAsync(string name, string url, string secret, IReadOnlyList<string> kinds, CurrentUser user,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = new NpgsqlCommand($"""
            INSERT INTO webhook_subscriptions (name, url, secret, event_kinds, updated_by) VALUES (@name, @url, @secret, @kinds, @by)
            RETURNING {SubscriptionColumns}
            """, connection, transaction);
        insert.Parameters.AddWithValue("name", name);
        insert.Parameters.AddWithValue("url", url);
        insert.Parameters.AddWithValue("secret", secret);
        insert.Parameters.AddWithValue("kinds", kinds.ToArray());
        insert.Parameters.AddWithValue("by", user.UserName);
        var created = (await ReadSubscriptionsAsync(insert, cancellationToken)).Single();
        await AuditAsync(connection, transaction, "create", created.Id, null, user, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return created;
    }

    /// <summary>Changes a subscription; a null member keeps its value. A new secret takes effect from the next attempt.</summary>
    public async Task<WebhookSubscriptionRecord> UpdateAsync(long id, int expectedVersion, string? name, string? url, string? secret,
        IReadOnlyList<string>? kinds, bool? active, CurrentUser user, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "webhook_subscriptions", id, cancellationToken)
            ?? throw Rejection.NotFound("Webhook subscription", id);
        await using var update = new NpgsqlCommand($"""
            UPDATE webhook_subscriptions SET name = COALESCE(@name, name), url = COALESCE(@url, url), secret = COALESCE(@secret, secret),
                   event_kinds = COALESCE(@kinds, event_kinds), active = COALESCE(@active, active), updated_by = @by
            WHERE id = @id AND version = @version
            RETURNING {SubscriptionColumns}
            """, connection, transaction);
        update.Parameters.AddWithValue("id", id);
        update.Parameters.AddWithValue("version", expectedVersion);
        update.Parameters.Add(new NpgsqlParameter("name", NpgsqlDbType.Text) { Value = (object?)name ?? DBNull.Value });
        update.Parameters.Add(new NpgsqlParameter("url", NpgsqlDbType.Text) { Value = (object?)url ?? DBNull.Value });
        update.Parameters.Add(new NpgsqlParameter("secret", NpgsqlDbType.Text) { Value = (object?)secret ?? DBNull.Value });
        update.Parameters.Add(new NpgsqlParameter("kinds", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)kinds?.ToArray() ?? DBNull.Value });
        update.Parameters.Add(new NpgsqlParameter("active", NpgsqlDbType.Boolean) { Value = (object?)active ?? DBNull.Value });
        update.Parameters.AddWithValue("by", user.UserName);
        var changed = (await ReadSubscriptionsAsync(update, cancellationToken)).SingleOrDefault()
            ?? throw Rejection.Of(RejectionKind.Conflict, $"Webhook subscription {id} changed since version {expectedVersion}; reload and retry", "expectedVersion");
        await AuditAsync(connection, transaction, "update", id, before, user, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    // The secret is redacted from the audit like a password would be.
    private static async Task AuditAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string action, long id, string? before,
        CurrentUser user, CancellationToken cancellationToken)
    {
        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "webhook_subscriptions", id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction,
            new AuditEntry(user.UserName, action, "webhook_subscription", id, WithoutSecret(before), WithoutSecret(after)), cancellationToken);
    }

    private static string? WithoutSecret(string? snapshot)
    {
        if (snapshot is null)
        {
            return null;
        }

        var node = System.Text.Json.Nodes.JsonNode.Parse(snapshot)!.AsObject();
        node["secret"] = "(secret)";
        return node.ToJsonString();
    }

    private static async Task<List<WebhookSubscriptionRecord>> ReadSubscriptionsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<WebhookSubscriptionRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new WebhookSubscriptionRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), "…" + reader.GetString(3),
                reader.GetFieldValue<string[]>(4), reader.GetBoolean(5), reader.GetNullableString(6), reader.GetFieldValue<DateTimeOffset>(7),
                reader.GetInt32(8)));
        }

        return rows;
    }
}
