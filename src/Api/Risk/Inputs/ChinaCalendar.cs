namespace FireMap.Api.Risk.Inputs;

/// <summary>
/// Dates as the 街道 reads them: China Standard Time, UTC+8 all year (no daylight saving). Risk scores
/// describe a China-time date, and "today" is today there, whatever zone the server runs in.
/// </summary>
public sealed class ChinaCalendar(TimeProvider time)
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Today's date in China.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Offset).DateTime);

    /// <summary>Time left until the next China-time midnight.</summary>
    public TimeSpan UntilTomorrow
    {
        get
        {
            var now = time.GetUtcNow().ToOffset(Offset);
            var midnight = new DateTimeOffset(now.Date.AddDays(1), Offset);
            return midnight - now;
        }
    }
}
