using System.Globalization;

namespace FireMap.Api.Operations;

/// <summary>A backup file in the backup folder, known from its name: <c>firemap-20261201T183000Z-daily.tar</c>.</summary>
public sealed record BackupFile(string Name, DateTimeOffset CreatedAt, string Reason, long Bytes)
{
    private const string Prefix = "firemap-";
    private const string Stamp = "yyyyMMdd'T'HHmmss'Z'";

    public static string NameFor(DateTimeOffset createdAt, string reason) =>
        $"{Prefix}{createdAt.UtcDateTime.ToString(Stamp, CultureInfo.InvariantCulture)}-{reason}.tar";

    /// <summary>The backup named <paramref name="path"/>'s file name, or null for any other file.</summary>
    public static BackupFile? Parse(string path)
    {
        var name = Path.GetFileName(path);
        if (!name.StartsWith(Prefix, StringComparison.Ordinal) || !name.EndsWith(".tar", StringComparison.Ordinal) || name.Length < Prefix.Length + 17)
        {
            return null;
        }

        var stamp = name.Substring(Prefix.Length, 16);
        if (!DateTime.TryParseExact(stamp, Stamp, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var created)
            || name[Prefix.Length + 16] != '-')
        {
            return null;
        }

        var reason = name[(Prefix.Length + 17)..^4];
        return new BackupFile(name, new DateTimeOffset(created, TimeSpan.Zero), reason, new FileInfo(path).Length);
    }
}
