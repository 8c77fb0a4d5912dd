using System.Security.Cryptography;
using System.Text.Json;

namespace FireMap.Api.Database.Embedded;

/// <summary>
/// The cluster's generated secrets: the superuser, used only to administer the cluster, and the
/// application role the service connects as. Kept beside the data in a file only the service's
/// own user may read (0600); when the service runs as root the server runs as <c>postgres</c>,
/// which never needs the file and cannot read it.
/// </summary>
internal sealed record ClusterCredentials(string SuperUser, string SuperUserPassword, string AppUser, string AppPassword)
{
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private static readonly JsonSerializerOptions _json = new() { WriteIndented = true };

    public static ClusterCredentials Generate(string superUser, string appUser) =>
        new(superUser, NewPassword(), appUser, NewPassword());

    /// <summary>Reads the file, tightening its mode when someone loosened it; null when there is none.</summary>
    public static ClusterCredentials? Load(string path, ILogger logger)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & ~OwnerOnly) != 0)
        {
            logger.LogWarning("{File} was readable by others; setting its mode to 0600", path);
            File.SetUnixFileMode(path, OwnerOnly);
        }

        return JsonSerializer.Deserialize<ClusterCredentials>(File.ReadAllText(path))
            ?? throw new EmbeddedPostgresException($"{path} is empty; restore it from a backup or move the cluster folder aside to create a new one.");
    }

    /// <summary>Writes the file with mode 0600 from the first byte, replacing any earlier one in one step.</summary>
    public void Save(string path)
    {
        var temporary = path + ".new";
        WriteOwnerOnly(temporary, JsonSerializer.Serialize(this, _json));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Creates <paramref name="path"/> readable and writable by its owner only, then writes <paramref name="text"/>.</summary>
    public static void WriteOwnerOnly(string path, string text)
    {
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using var writer = new StreamWriter(path, System.Text.Encoding.UTF8, options);
        writer.Write(text);
    }

    // 32 random bytes as URL-safe text: plenty of entropy and nothing that needs quoting in SQL
    // or in a connection string.
    private static string NewPassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
