namespace FireMap.Api.Telemetry;

/// <summary>
/// The JSON log file (section <c>FireMap:Logs</c>): one file a day under <c>.firemap/logs/</c>, a new
/// one when a file passes <see cref="FileSizeLimitBytes"/>, the newest <see cref="RetainedFiles"/> kept.
/// </summary>
public sealed class LogOptions
{
    public const string Section = "FireMap:Logs";

    /// <summary>Folder of the log files; <c>.firemap/logs</c> when absent.</summary>
    public string? Directory { get; set; }

    public long FileSizeLimitBytes { get; set; } = 20 * 1024 * 1024;

    public int RetainedFiles { get; set; } = 31;

    /// <summary>Least level written to the file for FireMap's own categories (libraries write warnings and worse).</summary>
    public LogLevel Level { get; set; } = LogLevel.Information;
}
