namespace FireMap.Api.Operations;

/// <summary>A registered job and its time of day (China time); null when switched off.</summary>
public sealed record ScheduledJobView(string Name, string? At);
