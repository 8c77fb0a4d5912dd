using FireMap.Api.Access;
using FireMap.Api.Hazards;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.FieldWork;

/// <summary>
/// Residents whose door-knock visit is overdue (today, China time, after the last visit or registration plus the
/// frequency), as <c>visit_overdue</c> alerts, longest overdue first. Readers of personal data get the resident's id and
/// name (an audited read); the other roles the category and the area only.
/// </summary>
public sealed class VisitAlerts(NpgsqlDataSource dataSource, HazardCalendar calendar) : IAlertSource
{
    public const string Kind = "visit_overdue";

    public const int MaxAlerts = 1000;

    public async Task<IReadOnlyList<HazardAlert>> ListAsync(CurrentUser user, string? communityCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var personal = user.Can(AccessRule.Personal);
        var today = calendar.Today;
        await using var command = dataSource.CreateCommand($"""
            WITH due AS (
                SELECT r.id, r.resident_name, r.category, c.code AS community_code, g.code AS grid_code, d.next_visit_due
                {ResidentRepository.From}
                WHERE d.next_visit_due < @today AND {ResidentScope.Filter}
                  AND (@read_scope::bigint IS NULL OR d.community_id = @read_scope)
                  AND (@community::text IS NULL OR c.code = @community)
                ORDER BY d.next_visit_due, r.id
                LIMIT {MaxAlerts}),
            audited AS (
                INSERT INTO audit_log (actor, action, entity, entity_id)
                SELECT @actor, 'read_personal', 'vulnerable_resident', id FROM due WHERE @personal)
            SELECT * FROM due ORDER BY next_visit_due, id
            """);
        ResidentScope.Bind(command, user);
        command.Parameters.AddWithValue("today", today);
        command.Parameters.Add(InspectionRepository.Nullable("read_scope", NpgsqlDbType.Bigint, user.ReadCommunityId));
        command.Parameters.Add(InspectionRepository.Nullable("community", NpgsqlDbType.Text, communityCode));
        command.Parameters.AddWithValue("actor", user.UserName);
        command.Parameters.AddWithValue("personal", personal);
        var alerts = new List<HazardAlert>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            var dueOn = r.GetFieldValue<DateOnly>(5);
            var visit = new OverdueVisit(personal ? r.GetInt64(0) : null, personal ? r.GetString(1) : null, r.GetString(2), r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4), dueOn);
            alerts.Add(new HazardAlert(Kind, null, today.DayNumber - dueOn.DayNumber, visit));
        }

        return alerts;
    }
}
