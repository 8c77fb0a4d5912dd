using System.Globalization;
using FireMap.Api.Jobs;

namespace FireMap.Api.Operations;

/// <summary>Which backups to keep: the newest of each recent day (China time), then the newest of each week before.</summary>
public static class BackupRetention
{
    public static IReadOnlySet<BackupFile> Keep(IReadOnlyList<BackupFile> backups, int days, int weeks)
    {
        ArgumentNullException.ThrowIfNull(backups);
        var newestFirst = backups.OrderByDescending(b => b.CreatedAt).ToList();
        var byDay = newestFirst.GroupBy(b => DateOnly.FromDateTime(ChinaTime.ToChina(b.CreatedAt).DateTime)).ToList();
        var keep = new HashSet<BackupFile>(byDay.Take(days).Select(day => day.First()));
        var older = byDay.Skip(days).Select(day => day.First());
        keep.UnionWith(older.GroupBy(b => WeekOf(b.CreatedAt)).Take(weeks).Select(week => week.First()));
        return keep;
    }

    private static (int Year, int Week) WeekOf(DateTimeOffset moment)
    {
        var china = ChinaTime.ToChina(moment).DateTime;
        return (ISOWeek.GetYear(china), ISOWeek.GetWeekOfYear(china));
    }
}
