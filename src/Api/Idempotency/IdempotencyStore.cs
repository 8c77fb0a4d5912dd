using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Idempotency;

/// <summary>
/// The table of answers by (user, key). A key is claimed by inserting its row in a transaction that
/// stays open while the request executes: a concurrent duplicate's insert waits on the primary key
/// until the first commits (then it finds the stored answer) or rolls back (then it claims the key
/// itself). So two copies of a request never execute at the same time, and a committed answer is never lost.
/// </summary>
public sealed class IdempotencyStore(NpgsqlDataSource dataSource, IOptions<IdempotencyOptions> options)
{
    // A row past its expiry is as good as absent: it is taken over, not replayed.
    private const string Claim = """
        INSERT INTO idempotent_requests (user_id, key, request_hash, status_code, response, expires_at)
        VALUES (@user, @key, @hash, 500, '\x'::bytea, now() + @retention)
        ON CONFLICT (user_id, key) DO UPDATE
            SET request_hash = excluded.request_hash, status_code = 500, content_type = NULL, response = '\x'::bytea,
                created_at = now(), expires_at = excluded.expires_at
            WHERE idempotent_requests.expires_at <= now()
        RETURNING true
        """;

    private const string Find = """
        SELECT request_hash, status_code, content_type, response FROM idempotent_requests
        WHERE user_id = @user AND key = @key AND expires_at > now()
        """;

    private const string Complete = """
        UPDATE idempotent_requests SET status_code = @status, content_type = @content_type, response = @response
        WHERE user_id = @user AND key = @key
        """;

    /// <summary>
    /// Claims the key: a <see cref="IdempotencyClaim"/> whose transaction the caller completes or abandons;
    /// or the answer already stored for it (the claim is then null).
    /// </summary>
    public async Task<(IdempotencyClaim? Claim, StoredResponse? Stored)> ClaimAsync(long userId, string key, string requestHash,
        CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var claim = new NpgsqlCommand(Claim, connection, transaction))
            {
                claim.Parameters.AddWithValue("user", userId);
                claim.Parameters.AddWithValue("key", key);
                claim.Parameters.AddWithValue("hash", requestHash);
                claim.Parameters.AddWithValue("retention", options.Value.Retention);
                if (await claim.ExecuteScalarAsync(cancellationToken) is true)
                {
                    return (new IdempotencyClaim(connection, transaction, userId, key), null);
                }
            }

            await transaction.RollbackAsync(cancellationToken);
            await using var find = new NpgsqlCommand(Find, connection);
            find.Parameters.AddWithValue("user", userId);
            find.Parameters.AddWithValue("key", key);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            StoredResponse? stored = await reader.ReadAsync(cancellationToken)
                ? new StoredResponse(reader.GetString(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2), (byte[])reader[3])
                : null;
            await connection.DisposeAsync();
            return (null, stored);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    internal static async Task CompleteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long userId, string key,
        int statusCode, string? contentType, byte[] body)
    {
        await using var command = new NpgsqlCommand(Complete, connection, transaction);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("status", statusCode);
        command.Parameters.Add(new NpgsqlParameter("content_type", NpgsqlDbType.Text) { Value = (object?)contentType ?? DBNull.Value });
        command.Parameters.AddWithValue("response", body);
        // The request has executed: its answer is stored even when the client has gone away meanwhile.
        await command.ExecuteNonQueryAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
    }

    /// <summary>Deletes the expired answers; any number of instances may run it at once.</summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM idempotent_requests WHERE expires_at <= now()");
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
