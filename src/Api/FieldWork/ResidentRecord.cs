namespace FireMap.Api.FieldWork;

/// <summary>A registered vulnerable resident (personal data) with the due date of the next door-knock visit.</summary>
public sealed record ResidentRecord(
    long Id,
    string Name,
    string Category,
    string Address,
    long BuildingId,
    long CommunityId,
    string CommunityCode,
    long? GridId,
    string? GridCode,
    string? Phone,
    string? ContactPerson,
    string? ContactPhone,
    int VisitFrequencyDays,
    DateOnly RegisteredOn,
    DateTimeOffset? LastVisitAt,
    DateOnly NextVisitDue,
    string? Notes,
    int Version)
{
    /// <summary>Overdue when today (China time) is after the due date.</summary>
    public int DaysOverdueOn(DateOnly today) => Math.Max(0, today.DayNumber - NextVisitDue.DayNumber);
}
