namespace FireMap.Api.FieldWork;

/// <summary>One answered item of an inspection to record; <paramref name="Raise"/> only with a failure.</summary>
public sealed record RecordInspectionItem(string Code, string Result, string? Note, RaiseHazard? Raise);
