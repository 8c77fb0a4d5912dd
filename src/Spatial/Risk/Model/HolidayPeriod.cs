namespace FireMap.Spatial.Risk.Model;

/// <summary>
/// A holiday or major-event period with raised prevention levels (JSON <c>holiday_periods[]</c>).
/// On an as-of date inside it, all likelihood points are multiplied by <see cref="Factor"/>; where
/// periods overlap, the largest factor applies (they are not compounded).
/// </summary>
public sealed record HolidayPeriod
{
    /// <summary>Name shown to analysts, e.g. 春节.</summary>
    public required string Name { get; init; }

    /// <summary>First day, inclusive.</summary>
    public required DateOnly From { get; init; }

    /// <summary>Last day, inclusive.</summary>
    public required DateOnly To { get; init; }

    /// <summary>Likelihood factor, ≥ 1.</summary>
    public required double Factor { get; init; }

    /// <summary>Whether <paramref name="date"/> lies in the period.</summary>
    /// <param name="date">A date.</param>
    public bool Contains(DateOnly date) => From <= date && date <= To;

    internal void Check(List<string> errors, string path)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add($"{path}.name must not be empty");
        }

        if (To < From)
        {
            errors.Add($"{path} ({Name}): to ({To:yyyy-MM-dd}) is before from ({From:yyyy-MM-dd})");
        }

        ModelChecks.AtLeast(errors, $"{path}.factor", Factor, 1);
    }
}
