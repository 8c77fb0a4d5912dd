namespace FireMap.Api.FieldWork;

/// <summary>One item of a checklist; a failure of it raises a hazard of <paramref name="HazardCategory"/>.</summary>
public sealed record ChecklistItem(string Code, string Label, string LabelEn, string HazardCategory);
