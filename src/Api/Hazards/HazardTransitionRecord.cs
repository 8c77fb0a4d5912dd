namespace FireMap.Api.Hazards;

/// <summary>One step in a hazard's history: what was done, from which status to which, by whom, when and why.</summary>
public sealed record HazardTransitionRecord(long Id, long HazardId, string Action, string? FromStatus, string ToStatus, string Actor, DateTimeOffset At, string? Note);
