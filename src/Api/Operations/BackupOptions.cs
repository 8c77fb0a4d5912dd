namespace FireMap.Api.Operations;

/// <summary>
/// Backups (section <c>FireMap:Backups</c>; the daily time is the <c>backup</c> job's schedule,
/// <c>FireMap:Jobs:Schedules:backup</c>, 02:30 China time by default).
/// </summary>
public sealed class BackupOptions
{
    public const string Section = "FireMap:Backups";

    /// <summary>Folder of the backup files; <c>.firemap/backups</c> when absent.</summary>
    public string? Directory { get; set; }

    /// <summary>How many days keep their newest backup.</summary>
    public int KeepDaily { get; set; } = 14;

    /// <summary>How many weeks before those keep their newest backup.</summary>
    public int KeepWeekly { get; set; } = 8;

    /// <summary>Take a backup before migrations change the schema of a database that holds one.</summary>
    public bool BeforeMigrations { get; set; } = true;

    /// <summary>
    /// Folder of the account secrets files (<c>initial-admin-password</c>, <c>demo-accounts.json</c>) that a backup
    /// carries; <c>FireMap:Accounts:SecretsDirectory</c>, else <c>.firemap</c>.
    /// </summary>
    public string? SecretsDirectory { get; set; }
}
