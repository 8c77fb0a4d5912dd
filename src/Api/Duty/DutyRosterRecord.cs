namespace FireMap.Api.Duty;

/// <summary>A duty post for a holiday or major event: kind, where (community, place or event venue), days and people posted each day.</summary>
public sealed record DutyRosterRecord(
    long Id, string Kind, string Title, long CommunityId, string CommunityCode, long? PlaceId, long? VenueId, DateOnly StartsOn, DateOnly EndsOn,
    int Posts, string? Leader, string? Note, int Version);
