using FireMap.Spatial.Campaigns;

namespace FireMap.Api.Campaigns;

/// <summary>A stored campaign (<c>campaigns</c>) with its calendar.</summary>
public sealed record CampaignRecord(long Id, string Code, string Name, string Description, CampaignCalendar Calendar,
    string? UpdatedBy, DateTimeOffset UpdatedAt, int Version);

/// <summary>A campaign as given to <c>saveCampaign</c>, checked.</summary>
public sealed record SaveCampaign(string Code, string Name, string Description, CampaignCalendar Calendar);

/// <summary>A deadline with the campaign it belongs to and the days left until it (negative: past).</summary>
public sealed record CampaignDeadlineView(CampaignRecord Campaign, CampaignDeadline Deadline, int DaysLeft);
