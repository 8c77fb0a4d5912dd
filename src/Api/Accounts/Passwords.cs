using System.Security.Cryptography;
using FireMap.Api.Errors;
using Microsoft.AspNetCore.Identity;

namespace FireMap.Api.Accounts;

/// <summary>
/// Password rules, hashing (ASP.NET Core Identity's PBKDF2 <see cref="PasswordHasher{TUser}"/>) and
/// generated passwords for new accounts.
/// </summary>
public static class Passwords
{
    public const int MinLength = 12;
    public const int MaxLength = 200;

    // No 0/O, 1/l/I: generated passwords are read off a screen or a file and typed.
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static readonly PasswordHasher<UserRecord> _hasher = new();

    /// <summary>Refuses a password that breaks the rules, naming <paramref name="field"/>.</summary>
    public static void Check(string? password, string field)
    {
        if (password is null || password.Length < MinLength)
        {
            throw Rejection.BadInput(field, $"a password has at least {MinLength} characters");
        }

        if (password.Length > MaxLength)
        {
            throw Rejection.BadInput(field, $"a password has at most {MaxLength} characters");
        }

        if (password.Contains('\0', StringComparison.Ordinal))
        {
            throw Rejection.BadInput(field, "a password must not contain NUL characters");
        }
    }

    public static string Hash(string password) => _hasher.HashPassword(null!, password);

    public static bool Verify(string hash, string password) =>
        _hasher.VerifyHashedPassword(null!, hash, password) is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;

    /// <summary>A random password of 16 characters from an alphabet without look-alike letters.</summary>
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, 16);
}
