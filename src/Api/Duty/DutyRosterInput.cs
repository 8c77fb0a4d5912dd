namespace FireMap.Api.Duty;

/// <summary>A checked duty roster.</summary>
public sealed record DutyRosterInput(string Kind, string Title, string CommunityCode, long? PlaceId, long? VenueId, DateOnly StartsOn, DateOnly EndsOn,
    int Posts, string? Leader, string? Note);
