using System.Security.Cryptography;
using System.Text;

namespace FireMap.Api.Database.Embedded;

/// <summary>
/// Computes the SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802, RFC 7677), as
/// psql's <c>\password</c> does, so <c>ALTER ROLE … PASSWORD</c> never sends the password itself
/// and it cannot end up in the server's log.
/// </summary>
internal static class ScramVerifier
{
    private const int Iterations = 4096;

    public static string For(string password)
    {
        // The generated passwords are ASCII letters, digits, '-' and '_', which SASLprep leaves as they are.
        var salt = RandomNumberGenerator.GetBytes(16);
        var salted = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, 32);
        var clientKey = HMACSHA256.HashData(salted, "Client Key"u8);
        var storedKey = SHA256.HashData(clientKey);
        var serverKey = HMACSHA256.HashData(salted, "Server Key"u8);
        return $"SCRAM-SHA-256${Iterations}:{Convert.ToBase64String(salt)}${Convert.ToBase64String(storedKey)}:{Convert.ToBase64String(serverKey)}";
    }
}
