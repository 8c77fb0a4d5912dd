using Npgsql;

namespace FireMap.Api.Idempotency;

/// <summary>
/// A key held for one executing request: <see cref="CompleteAsync"/> stores its answer and releases
/// waiting duplicates to replay it; disposing without completing releases the key unused (nothing
/// was executed that a repeat should not execute again).
/// </summary>
public sealed class IdempotencyClaim : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly long _userId;
    private readonly string _key;
    private bool _done;

    internal IdempotencyClaim(NpgsqlConnection connection, NpgsqlTransaction transaction, long userId, string key)
    {
        _connection = connection;
        _transaction = transaction;
        _userId = userId;
        _key = key;
    }

    public async Task CompleteAsync(int statusCode, string? contentType, byte[] body)
    {
        await IdempotencyStore.CompleteAsync(_connection, _transaction, _userId, _key, statusCode, contentType, body);
        _done = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_done)
        {
            await _transaction.RollbackAsync(CancellationToken.None);
        }

        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
