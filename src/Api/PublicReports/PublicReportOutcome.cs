namespace FireMap.Api.PublicReports;

/// <summary>
/// What the reporter sees by tracking code: the state of the report and of the hazard made from it,
/// never who handled it or where exactly it was.
/// </summary>
public sealed record PublicReportOutcome(
    string TrackingCode,
    string Status,
    string StatusLabel,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? HandledAt,
    string? DismissReason,
    string? HazardCode,
    string? HazardStatus,
    string? HazardStatusLabel,
    bool Rewarded);
