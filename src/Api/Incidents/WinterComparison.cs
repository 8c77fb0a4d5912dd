namespace FireMap.Api.Incidents;

/// <summary>
/// Fires of this winter (1 November to the end of March, China time, up to now) against last winter over the
/// same span of days and over the whole of it: the seed's outcome goals (fewer fatal fires, no major fires).
/// </summary>
public sealed record WinterComparison(DateOnly ThisWinterFrom, DateOnly ThisWinterTo, IncidentStatistic ThisWinter,
    IncidentStatistic LastWinterSameSpan, IncidentStatistic LastWinter)
{
    private static readonly TimeSpan _china = TimeSpan.FromHours(8);

    /// <summary>The first day of the winter <paramref name="today"/> belongs to, or of the last one before it.</summary>
    public static DateOnly WinterStart(DateOnly today) => today.Month >= 11 ? new DateOnly(today.Year, 11, 1) : new DateOnly(today.Year - 1, 11, 1);

    public static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), _china);
}
