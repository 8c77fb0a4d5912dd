namespace FireMap.Api.Hazards;

/// <summary>Counts over a hazard list: by status and severity (every code, zeros included), overdue and supervised.</summary>
public sealed record HazardSummary(int Total, IReadOnlyList<(string Code, int Count)> ByStatus,
    IReadOnlyList<(string Code, int Count)> BySeverity, int Overdue, int Supervised);
