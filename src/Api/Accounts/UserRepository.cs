using FireMap.Api.Access;
using FireMap.Api.Database;
using FireMap.Api.Errors;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Accounts;

/// <summary>Reads and writes user accounts. Password hashes never leave this class and its callers in the feature.</summary>
public sealed class UserRepository(NpgsqlDataSource dataSource, ReadReplicas replicas)
{
    // One row per user with its scope resolved to codes; grids as parallel arrays in a stable order.
    internal const string Select = """
        SELECT u.id, u.user_name, u.display_name, u.role, u.community_id, c.code,
               COALESCE(array_agg(g.id ORDER BY g.code) FILTER (WHERE g.id IS NOT NULL), '{}'),
               COALESCE(array_agg(g.code ORDER BY g.code) FILTER (WHERE g.id IS NOT NULL), '{}'),
               u.disabled, u.failed_logins, u.locked_until, u.version, u.created_at, u.updated_at, u.password_hash
        FROM users u
        LEFT JOIN communities c ON c.id = u.community_id
        LEFT JOIN user_grids ug ON ug.user_id = u.id
        LEFT JOIN grids g ON g.id = ug.grid_id
        """;

    internal const string GroupBy = " GROUP BY u.id, c.code";

    public async Task<(UserRecord User, string PasswordHash)?> FindByNameAsync(string userName, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"{Select} WHERE u.user_name = @name{GroupBy}");
        command.Parameters.AddWithValue("name", userName);
        return await ReadOneAsync(command, cancellationToken);
    }

    /// <summary>The user of <paramref name="id"/>; read from a standby while the primary is down, so signed-in reads go on.</summary>
    public Task<UserRecord?> FindAsync(long id, CancellationToken cancellationToken) =>
        replicas.PrimaryElseStandbyAsync(async (source, _) =>
        {
            await using var command = source.CreateCommand($"{Select} WHERE u.id = @id{GroupBy}");
            command.Parameters.AddWithValue("id", id);
            return (await ReadOneAsync(command, cancellationToken))?.User;
        }, cancellationToken);

    public async Task<IReadOnlyList<UserRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"{Select}{GroupBy} ORDER BY u.user_name");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var users = new List<UserRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            users.Add(Read(reader).User);
        }

        return users;
    }

    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM users)");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Whether the session of <paramref name="id"/> written at <paramref name="version"/> is still good: the user exists, is enabled and unchanged.</summary>
    /// <remarks>Read from a standby while the primary is down, so signed-in reads go on.</remarks>
    public Task<bool> IsCurrentAsync(long id, int version, CancellationToken cancellationToken) =>
        replicas.PrimaryElseStandbyAsync(async (source, _) =>
        {
            await using var command = source.CreateCommand("SELECT EXISTS (SELECT 1 FROM users WHERE id = @id AND version = @version AND NOT disabled)");
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("version", version);
            return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
        }, cancellationToken);

    /// <summary>Resolves a scope given by codes to ids; a code that names nothing is BAD_USER_INPUT.</summary>
    public async Task<(long? CommunityId, long[] GridIds)> ResolveScopeAsync(string role, string? communityCode, IReadOnlyList<string> gridCodes,
        CancellationToken cancellationToken)
    {
        if (role == Roles.Grid)
        {
            if (gridCodes.Count == 0)
            {
                throw Rejection.BadInput("gridCodes", "a grid worker needs at least one grid");
            }

            await using var command = dataSource.CreateCommand("SELECT id, community_id, code FROM grids WHERE code = ANY(@codes)");
            command.Parameters.AddWithValue("codes", gridCodes.ToArray());
            var found = new List<(long Id, long Community, string Code)>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    found.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2)));
                }
            }

            var missing = gridCodes.Except(found.Select(f => f.Code), StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                throw Rejection.BadInput("gridCodes", $"no grid has code {string.Join(", ", missing)}");
            }

            if (found.Select(f => f.Community).Distinct().Count() > 1)
            {
                throw Rejection.BadInput("gridCodes", "a grid worker's grids must lie in one community");
            }

            return (found[0].Community, [.. found.Select(f => f.Id)]);
        }

        if (role == Roles.Community)
        {
            if (string.IsNullOrWhiteSpace(communityCode))
            {
                throw Rejection.BadInput("communityCode", "community staff need their community's division code");
            }

            await using var command = dataSource.CreateCommand("SELECT id FROM communities WHERE code = @code");
            command.Parameters.AddWithValue("code", communityCode);
            var id = await command.ExecuteScalarAsync(cancellationToken) as long?
                ?? throw Rejection.BadInput("communityCode", $"no community has division code '{communityCode}'");
            return (id, []);
        }

        if (!string.IsNullOrEmpty(communityCode) || gridCodes.Count > 0)
        {
            throw Rejection.BadInput("role", $"the role '{role}' sees every community; give no community or grids");
        }

        return (null, []);
    }

    public async Task<long> CreateAsync(NewUser user, string passwordHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = new NpgsqlCommand("""
            INSERT INTO users (user_name, display_name, role, community_id, password_hash)
            VALUES (@name, @display, @role, @community, @hash)
            ON CONFLICT (user_name) DO NOTHING
            RETURNING id
            """, connection, transaction);
        insert.Parameters.AddWithValue("name", user.UserName);
        insert.Parameters.AddWithValue("display", user.DisplayName);
        insert.Parameters.AddWithValue("role", user.Role);
        insert.Parameters.Add(new NpgsqlParameter("community", NpgsqlDbType.Bigint) { Value = (object?)user.CommunityId ?? DBNull.Value });
        insert.Parameters.AddWithValue("hash", passwordHash);
        var id = await insert.ExecuteScalarAsync(cancellationToken) as long?
            ?? throw Rejection.Of(RejectionKind.Conflict, $"A user named '{user.UserName}' exists already.", "userName");
        await SetGridsAsync(connection, transaction, id, user.GridIds, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>Changes role, scope, display name or disabled flag; bumps the version so open sessions end.</summary>
    public async Task UpdateAsync(long id, string displayName, string role, long? communityId, IReadOnlyList<long> gridIds, bool disabled,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var update = new NpgsqlCommand("""
            UPDATE users SET display_name = @display, role = @role, community_id = @community, disabled = @disabled,
                   updated_at = now(), version = version + 1
            WHERE id = @id
            """, connection, transaction);
        update.Parameters.AddWithValue("id", id);
        update.Parameters.AddWithValue("display", displayName);
        update.Parameters.AddWithValue("role", role);
        update.Parameters.Add(new NpgsqlParameter("community", NpgsqlDbType.Bigint) { Value = (object?)communityId ?? DBNull.Value });
        update.Parameters.AddWithValue("disabled", disabled);
        if (await update.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw Rejection.NotFound("user", id);
        }

        await SetGridsAsync(connection, transaction, id, gridIds, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Sets a new password hash, unlocks the account and ends its sessions.</summary>
    public async Task SetPasswordAsync(long id, string passwordHash, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE users SET password_hash = @hash, failed_logins = 0, locked_until = NULL, updated_at = now(), version = version + 1
            WHERE id = @id
            """);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("hash", passwordHash);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw Rejection.NotFound("user", id);
        }
    }

    /// <summary>Counts a failed sign-in; the <paramref name="lockAfter"/>th in a row locks the account until <paramref name="lockedUntil"/>.</summary>
    public async Task RecordFailedLoginAsync(long id, int lockAfter, DateTimeOffset lockedUntil, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE users SET failed_logins = CASE WHEN failed_logins + 1 >= @lock_after THEN 0 ELSE failed_logins + 1 END,
                             locked_until = CASE WHEN failed_logins + 1 >= @lock_after THEN @until ELSE locked_until END
            WHERE id = @id
            """);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("lock_after", lockAfter);
        command.Parameters.AddWithValue("until", lockedUntil);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RecordSuccessfulLoginAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = @id AND (failed_logins > 0 OR locked_until IS NOT NULL)");
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task SetGridsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long userId, IReadOnlyList<long> gridIds,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            DELETE FROM user_grids WHERE user_id = @user;
            INSERT INTO user_grids (user_id, grid_id) SELECT @user, unnest(@grids::bigint[]);
            """, connection, transaction);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("grids", gridIds.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<(UserRecord User, string PasswordHash)?> ReadOneAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    /// <summary>Reads a row of <see cref="Select"/>.</summary>
    internal static (UserRecord User, string PasswordHash) Read(NpgsqlDataReader r) => (new UserRecord(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3),
        r.IsDBNull(4) ? null : r.GetInt64(4), r.IsDBNull(5) ? null : r.GetString(5),
        r.GetFieldValue<long[]>(6), r.GetFieldValue<string[]>(7),
        r.GetBoolean(8), r.GetInt32(9), r.IsDBNull(10) ? null : r.GetFieldValue<DateTimeOffset>(10), r.GetInt32(11),
        r.GetFieldValue<DateTimeOffset>(12), r.GetFieldValue<DateTimeOffset>(13)), r.GetString(14));
}
