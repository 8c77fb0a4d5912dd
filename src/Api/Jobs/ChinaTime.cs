namespace FireMap.Api.Jobs;

/// <summary>Schedules are given in the time of the sub-districts FireMap serves (Asia/Shanghai, UTC+8, no daylight saving).</summary>
public static class ChinaTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.TryFindSystemTimeZoneById("Asia/Shanghai", out var zone)
        ? zone
        : TimeZoneInfo.CreateCustomTimeZone("China Standard Time", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");

    /// <summary>The latest moment at or before <paramref name="now"/> whose China time of day is <paramref name="time"/>.</summary>
    public static DateTimeOffset LatestAt(TimeOnly time, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Zone);
        var today = new DateTimeOffset(DateOnly.FromDateTime(local.DateTime).ToDateTime(time), local.Offset);
        return today <= now ? today : today.AddDays(-1);
    }

    public static DateTimeOffset ToChina(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);
}
