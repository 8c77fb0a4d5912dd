using FireMap.Api.Access;
using FireMap.Api.Hazards;
using Npgsql;

namespace FireMap.Api.FieldWork;

/// <summary>Raises a hazard found in the field through the hazard workflow, inside the field record's transaction.</summary>
internal static class FieldHazards
{
    // China time: a hazard found in the field is found on the day of the visit or inspection there.
    private static readonly TimeSpan _beijing = TimeSpan.FromHours(8);

    public static Task<HazardRecord> RaiseAsync(HazardCommands hazards, NpgsqlConnection connection, NpgsqlTransaction transaction,
        string subjectType, long subjectId, string category, RaiseHazard raise, FieldSubject subject, string defaultUnit, DateTimeOffset foundAt,
        CurrentUser user, CancellationToken cancellationToken)
    {
        var report = new ReportHazard(subjectType, subjectId, null, category, raise.Severity, raise.Description,
            DateOnly.FromDateTime(foundAt.ToOffset(_beijing).DateTime), user.DisplayName, raise.Deadline,
            raise.ResponsibleUnit ?? subject.ManagementUnit ?? defaultUnit, raise.ResponsiblePerson, null);
        return hazards.ReportWithinAsync(connection, transaction, report, user, cancellationToken);
    }
}
