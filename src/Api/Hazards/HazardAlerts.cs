using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Hazards;

/// <summary>
/// The hazards that need attention in a user's scope, by today's China-time date: supervised and past the
/// deadline (listed once, as supervised), overdue, and due within <see cref="HazardOptions.DueSoonDays"/> days.
/// </summary>
public sealed class HazardAlerts(NpgsqlDataSource dataSource, HazardCalendar calendar, IOptions<HazardOptions> options)
{
    public const string Overdue = "overdue";
    public const string DueSoon = "due_soon";
    public const string SupervisedOverdue = "supervised_overdue";

    /// <summary>At most this many alerts are listed, most urgent first.</summary>
    public const int MaxAlerts = 1000;

    public async Task<IReadOnlyList<HazardAlert>> ListAsync(long? scopeCommunityId, string? communityCode, CancellationToken cancellationToken)
    {
        var today = calendar.Today;
        await using var command = dataSource.CreateCommand($"""
            SELECT {HazardSql.Columns} {HazardSql.From}
            WHERE h.status <> 'closed' AND h.deadline <= @horizon
              AND (@scope::bigint IS NULL OR h.community_id = @scope)
              AND (@community::text IS NULL OR c.code = @community)
            ORDER BY h.deadline, h.id
            LIMIT {MaxAlerts}
            """);
        command.Parameters.AddWithValue("horizon", today.AddDays(options.Value.DueSoonDays));
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)scopeCommunityId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("community", NpgsqlDbType.Text) { Value = (object?)communityCode ?? DBNull.Value });
        var hazards = await HazardRepository.ReadAsync(command, cancellationToken);
        return [.. hazards.Select(h => Alert(h, today)).OrderBy(a => Rank(a.Kind)).ThenByDescending(a => a.Kind == DueSoon ? -a.Days : a.Days).ThenBy(a => a.Hazard!.Id)];
    }

    private static HazardAlert Alert(HazardRecord hazard, DateOnly today)
    {
        var late = today.DayNumber - hazard.Deadline.DayNumber;
        return late > 0
            ? new HazardAlert(hazard.Supervised ? SupervisedOverdue : Overdue, hazard, late)
            : new HazardAlert(DueSoon, hazard, -late);
    }

    private static int Rank(string kind) => kind switch
    {
        SupervisedOverdue => 0,
        Overdue => 1,
        _ => 2,
    };
}
