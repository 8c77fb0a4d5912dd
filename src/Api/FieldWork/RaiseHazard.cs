namespace FireMap.Api.FieldWork;

/// <summary>
/// A hazard to raise from a failed item or a visit; the category comes from the checklist item (inspections) or
/// from the form (visits), the responsible unit defaults to the subject's management unit.
/// </summary>
public sealed record RaiseHazard(string? Category, string Severity, string Description, DateOnly? Deadline, string? ResponsibleUnit, string? ResponsiblePerson);
