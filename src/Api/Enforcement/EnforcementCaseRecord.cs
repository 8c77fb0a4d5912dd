using FireMap.Api.Database;

namespace FireMap.Api.Enforcement;

/// <summary>
/// An enforcement case (执法) against a unit or place: kind, party, dates and deadline, the department a transfer went
/// to, linked hazards, and its status; 执法清零 is every case closed.
/// </summary>
public sealed record EnforcementCaseRecord(
    long Id, string Code, string Kind, string Status, long? UnitId, string? UnitName, long? PlaceId, string? PlaceName, string Party,
    string Description, DateOnly OpenedOn, DateOnly? Deadline, string? Department, DateOnly? ClosedOn, string? Outcome,
    long CommunityId, long? GridId, string CommunityCode, string? GridCode, IReadOnlyList<long> HazardIds, IReadOnlyList<string> HazardCodes,
    int Version, GeoJsonText Geometry)
{
    public bool IsOverdueOn(DateOnly today) => Status != "closed" && Deadline < today;
}

/// <summary>Enforcement cases of one community: open, overdue, closed; cleared (执法清零) when none is open.</summary>
public sealed record EnforcementClearance(string CommunityCode, string CommunityName, int Open, int Overdue, int Closed)
{
    public bool Cleared => Open == 0;
}
