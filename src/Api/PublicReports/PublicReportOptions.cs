namespace FireMap.Api.PublicReports;

/// <summary>Reports from the public (section <c>FireMap:PublicReports</c>).</summary>
public sealed class PublicReportOptions
{
    public const string Section = "FireMap:PublicReports";

    /// <summary>Reports one client address may send per <see cref="Window"/>; more are answered 429.</summary>
    public int ReportsPerWindow { get; set; } = 5;

    public TimeSpan Window { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Status lookups by tracking code one client address may make per <see cref="StatusWindow"/>; more are answered 429.</summary>
    public int StatusLookupsPerWindow { get; set; } = 30;

    public TimeSpan StatusWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Largest request accepted, photo and form together: 5 MiB, half a staff upload (a phone photo is 2–4 MB).</summary>
    public int MaxRequestBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Salt of the client-address hash kept with each report for abuse review; set it per installation.</summary>
    public string AddressSalt { get; set; } = "firemap-public-reports";
}
