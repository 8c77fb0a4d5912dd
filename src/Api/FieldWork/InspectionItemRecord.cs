namespace FireMap.Api.FieldWork;

/// <summary>One answered checklist item; <paramref name="HazardId"/> is the hazard a failure raised.</summary>
public sealed record InspectionItemRecord(string Code, string Result, string? Note, long? HazardId);
