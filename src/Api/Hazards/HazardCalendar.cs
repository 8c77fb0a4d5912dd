namespace FireMap.Api.Hazards;

/// <summary>
/// Dates as the 街道 reads them: deadlines and overdue days are China-time calendar dates (Asia/Shanghai,
/// UTC+8 all year), whatever zone the server runs in.
/// </summary>
public sealed class HazardCalendar(TimeProvider time)
{
    private static readonly TimeSpan _offset = TimeSpan.FromHours(8);

    /// <summary>Today's date in China.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(_offset).DateTime);
}
