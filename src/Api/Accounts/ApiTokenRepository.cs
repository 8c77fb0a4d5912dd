using System.Security.Cryptography;
using System.Text;
using FireMap.Api.Database;
using FireMap.Api.Errors;
using Npgsql;

namespace FireMap.Api.Accounts;

/// <summary>
/// Personal API tokens: 32 random bytes shown once as <c>fm_…</c>, stored as their SHA-256 (a token
/// has full entropy, so a fast hash is enough and lets each request find its token by index).
/// </summary>
public sealed class ApiTokenRepository(NpgsqlDataSource dataSource, ReadReplicas replicas)
{
    public const string Prefix = "fm_";

    private const string LiveToken = """
        SELECT t.id, t.user_id, t.last_used_at
        FROM api_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = @hash AND NOT u.disabled AND t.revoked_at IS NULL AND t.expires_at > now()
        """;

    // The token and its user in one statement: every request signed in by a token runs it.
    private const string LiveTokenUser = $"""
        WITH live AS ({LiveToken})
        {UserRepository.Select} WHERE u.id IN (SELECT user_id FROM live){UserRepository.GroupBy}
        """;

    // The use is noted at most once a minute, so a busy script does not write on every request.
    private const string LiveTokenUserNoted = $"""
        WITH live AS ({LiveToken}),
        noted AS (
            UPDATE api_tokens SET last_used_at = now() FROM live
            WHERE api_tokens.id = live.id AND (live.last_used_at IS NULL OR live.last_used_at < now() - interval '1 minute'))
        {UserRepository.Select} WHERE u.id IN (SELECT user_id FROM live){UserRepository.GroupBy}
        """;

    public async Task<(ApiTokenRecord Record, string Token)> CreateAsync(long userId, string name, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var token = Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        await using var command = dataSource.CreateCommand("""
            INSERT INTO api_tokens (user_id, name, token_hash, expires_at) VALUES (@user, @name, @hash, @expires)
            RETURNING id, user_id, name, created_at, expires_at, revoked_at, last_used_at
            """);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("hash", HashOf(token));
        command.Parameters.AddWithValue("expires", expiresAt);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (Read(reader), token);
    }

    public async Task<IReadOnlyList<ApiTokenRecord>> ListAsync(long userId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT id, user_id, name, created_at, expires_at, revoked_at, last_used_at FROM api_tokens
            WHERE user_id = @user ORDER BY created_at DESC, id DESC
            """);
        command.Parameters.AddWithValue("user", userId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tokens = new List<ApiTokenRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tokens.Add(Read(reader));
        }

        return tokens;
    }

    /// <summary>Revokes a token of <paramref name="userId"/> (or of anyone, for an administrator).</summary>
    public async Task<ApiTokenRecord> RevokeAsync(long tokenId, long? userId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, now())
            WHERE id = @id AND (@user::bigint IS NULL OR user_id = @user)
            RETURNING id, user_id, name, created_at, expires_at, revoked_at, last_used_at
            """);
        command.Parameters.AddWithValue("id", tokenId);
        command.Parameters.Add(new NpgsqlParameter("user", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)userId ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : throw Rejection.NotFound("API token", tokenId);
    }

    /// <summary>
    /// The enabled user a live token belongs to, or null; notes the token's use. While the primary is
    /// down the token is looked up on a standby, where its use cannot be noted.
    /// </summary>
    public async Task<UserRecord?> UserOfAsync(string token, CancellationToken cancellationToken)
    {
        if (!token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 100)
        {
            return null;
        }

        return await replicas.PrimaryElseStandbyAsync(async (source, onStandby) =>
        {
            await using var command = source.CreateCommand(onStandby ? LiveTokenUser : LiveTokenUserNoted);
            command.Parameters.AddWithValue("hash", HashOf(token));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? UserRepository.Read(reader).User : null;
        }, cancellationToken);
    }

    private static byte[] HashOf(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static ApiTokenRecord Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3), r.GetFieldValue<DateTimeOffset>(4),
        r.IsDBNull(5) ? null : r.GetFieldValue<DateTimeOffset>(5), r.IsDBNull(6) ? null : r.GetFieldValue<DateTimeOffset>(6));
}
