using FireMap.Api.Database;

namespace FireMap.Api.Hazards;

/// <summary>
/// A fire hazard (隐患) as the API publishes it: what it is on (a subject, or a bare point), who found it
/// and who answers for it, where it stands in rectification, and its listed supervision.
/// </summary>
public sealed record HazardRecord(
    long Id,
    string Code,
    HazardSubject? Subject,
    string Category,
    string Severity,
    string Description,
    DateOnly FoundOn,
    string? FoundBy,
    DateOnly Deadline,
    string ResponsibleUnit,
    string? ResponsiblePerson,
    string Status,
    bool Supervised,
    string? SupervisingUnit,
    DateOnly? SupervisedOn,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ReviewedAt,
    string? ReviewNote,
    DateTimeOffset? ClosedAt,
    string? ClosingNote,
    long? CompoundId,
    long? CommunityId,
    long? GridId,
    string? CommunityCode,
    string? GridCode,
    int Version,
    GeoJsonText Geometry)
{
    public bool Open => Status != HazardWorkflow.Closed;

    /// <summary>Open after its deadline on <paramref name="today"/> (a China-time date).</summary>
    public bool IsOverdueOn(DateOnly today) => Open && Deadline < today;

    /// <summary>Whole calendar days past the deadline on <paramref name="today"/>; 0 when not overdue.</summary>
    public int DaysOverdueOn(DateOnly today) => IsOverdueOn(today) ? today.DayNumber - Deadline.DayNumber : 0;
}
