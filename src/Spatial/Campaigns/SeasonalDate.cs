using System.Globalization;

namespace FireMap.Spatial.Campaigns;

/// <summary>
/// A calendar day without a year (<c>MM-dd</c>) in a winter campaign, placed in a given winter: days
/// from July on fall in the winter's first year, days before July in the next. So the seed plan's
/// "mobilisation until 10 December … wrap-up by 31 March" lands on the same calendar days every winter.
/// </summary>
public static class SeasonalDate
{
    /// <summary>The first year of the winter that <paramref name="today"/> belongs to or precedes: this year from July, else last year.</summary>
    /// <param name="today">A date.</param>
    public static int WinterOf(DateOnly today) => today.Month >= 7 ? today.Year : today.Year - 1;

    /// <summary>Places <paramref name="monthDay"/> (<c>MM-dd</c>) in the winter starting in <paramref name="winter"/>.</summary>
    /// <param name="monthDay">Month and day, e.g. <c>12-10</c>.</param>
    /// <param name="winter">The winter's first year.</param>
    /// <exception cref="FormatException">Not a valid <c>MM-dd</c> day (29 February is refused: it does not exist every winter).</exception>
    public static DateOnly Place(string monthDay, int winter)
    {
        if (!DateOnly.TryParseExact($"2001-{monthDay}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new FormatException($"'{monthDay}' is not a MM-dd day");
        }

        return new DateOnly(day.Month >= 7 ? winter : winter + 1, day.Month, day.Day);
    }
}
