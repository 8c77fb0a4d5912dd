using FireMap.Api.Campaigns;
using FireMap.Spatial.Campaigns;

namespace FireMap.Api.Reports;

/// <summary>
/// A community's final summary (总结) of a campaign: the monthly report's figures over the whole campaign,
/// from its first day to its last, or to today while it runs.
/// </summary>
/// <param name="Complete">True once the campaign has ended: the figures cover all of it.</param>
public sealed record CampaignSummaryRecord(
    long CommunityId,
    string CommunityCode,
    string CommunityName,
    CampaignRecord Campaign,
    ReportPeriod Period,
    bool Complete);
