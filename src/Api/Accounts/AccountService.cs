using System.Text.RegularExpressions;
using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Errors;
using FireMap.Spatial.Vocabulary;
using Npgsql;

namespace FireMap.Api.Accounts;

/// <summary>
/// What can be done with accounts: create and change users, check a sign-in (with lock-out), set
/// passwords. Every change is audited with the acting user; password hashes are never audited.
/// </summary>
public sealed partial class AccountService(UserRepository users, NpgsqlDataSource dataSource, TimeProvider time)
{
    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    public const int LockAfterFailures = 5;

    public static readonly TimeSpan LockDuration = TimeSpan.FromMinutes(15);

    public async Task<UserRecord> CreateAsync(string userName, string displayName, string role, string? communityCode,
        IReadOnlyList<string> gridCodes, string password, string actor, CancellationToken cancellationToken)
    {
        CheckUserName(userName);
        CheckRole(role);
        CheckDisplayName(displayName);
        Passwords.Check(password, "password");
        var (community, grids) = await users.ResolveScopeAsync(role, communityCode, gridCodes, cancellationToken);
        var id = await users.CreateAsync(new NewUser(userName, displayName.Trim(), role, community, grids), Passwords.Hash(password), cancellationToken);
        var created = (await users.FindAsync(id, cancellationToken))!;
        await AuditAsync(actor, "create_user", created, cancellationToken);
        return created;
    }

    public async Task<UserRecord> UpdateAsync(long id, string? displayName, string? role, string? communityCode, IReadOnlyList<string>? gridCodes,
        bool? disabled, string actor, CancellationToken cancellationToken)
    {
        var current = await users.FindAsync(id, cancellationToken) ?? throw Rejection.NotFound("user", id);
        var newRole = role ?? current.Role;
        CheckRole(newRole);
        var newDisplay = displayName?.Trim() ?? current.DisplayName;
        CheckDisplayName(newDisplay);
        // Scope given, or the current one where it still fits the (new) role.
        var (community, grids) = await users.ResolveScopeAsync(newRole,
            communityCode ?? (newRole == Roles.Community ? current.CommunityCode : null),
            gridCodes ?? (newRole == Roles.Grid ? current.GridCodes : []), cancellationToken);
        await users.UpdateAsync(id, newDisplay, newRole, community, grids, disabled ?? current.Disabled, cancellationToken);
        var updated = (await users.FindAsync(id, cancellationToken))!;
        await AuditAsync(actor, "update_user", updated, cancellationToken);
        return updated;
    }

    /// <summary>The user whose name and password these are, or null; counts failures and honours the lock.</summary>
    public async Task<SignInResult> SignInAsync(string? userName, string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password) || userName.Length > 64 || password.Length > Passwords.MaxLength)
        {
            return SignInResult.Failed;
        }

        var found = await users.FindByNameAsync(userName.Trim().ToLowerInvariant(), cancellationToken);
        if (found is not { } account)
        {
            // Same work as a real check, so that timing does not tell which names exist.
            Passwords.Verify(Passwords.Hash("not-a-user-password"), password);
            return SignInResult.Failed;
        }

        var now = time.GetUtcNow();
        if (account.User.LockedUntil is { } locked && locked > now)
        {
            return SignInResult.LockedUntil(locked);
        }

        if (!Passwords.Verify(account.PasswordHash, password))
        {
            await users.RecordFailedLoginAsync(account.User.Id, LockAfterFailures, now + LockDuration, cancellationToken);
            return SignInResult.Failed;
        }

        if (account.User.Disabled)
        {
            return SignInResult.Failed;
        }

        await users.RecordSuccessfulLoginAsync(account.User.Id, cancellationToken);
        return SignInResult.Success(account.User);
    }

    public async Task ChangePasswordAsync(CurrentUser user, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        Passwords.Check(newPassword, "newPassword");
        var account = await users.FindByNameAsync(user.UserName, cancellationToken) ?? throw Rejection.NotFound("user", user.Id);
        if (!Passwords.Verify(account.PasswordHash, currentPassword ?? ""))
        {
            throw Rejection.BadInput("currentPassword", "is not your current password");
        }

        await users.SetPasswordAsync(user.Id, Passwords.Hash(newPassword), cancellationToken);
        await AuditAsync(user.UserName, "change_password", account.User, cancellationToken);
    }

    /// <summary>Sets a new password for <paramref name="id"/>: the given one, or a generated one that is returned.</summary>
    public async Task<string> ResetPasswordAsync(long id, string? password, string actor, CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(id, cancellationToken) ?? throw Rejection.NotFound("user", id);
        var newPassword = password ?? Passwords.Generate();
        Passwords.Check(newPassword, "password");
        await users.SetPasswordAsync(id, Passwords.Hash(newPassword), cancellationToken);
        await AuditAsync(actor, "reset_password", user, cancellationToken);
        return newPassword;
    }

    public async Task AuditAsync(string actor, string action, UserRecord user, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var after = System.Text.Json.JsonSerializer.Serialize(new
        {
            user_name = user.UserName, display_name = user.DisplayName, role = user.Role,
            community = user.CommunityCode, grids = user.GridCodes, disabled = user.Disabled,
        });
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(actor, action, "users", user.Id, null, after), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static void CheckUserName(string userName)
    {
        if (!UserNamePattern().IsMatch(userName ?? ""))
        {
            throw Rejection.BadInput("userName", "2–64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    private static void CheckRole(string role)
    {
        if (!Codes.Role.Contains(role))
        {
            throw Rejection.BadInput("role", $"must be one of {string.Join(", ", Codes.Role.Codes)}");
        }
    }

    private static void CheckDisplayName(string displayName)
    {
        if (string.IsNullOrWhiteSpace(displayName) || displayName.Length > 100 || displayName.Contains('\0', StringComparison.Ordinal))
        {
            throw Rejection.BadInput("displayName", "1–100 characters");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,63}$")]
    private static partial Regex UserNamePattern();
}
