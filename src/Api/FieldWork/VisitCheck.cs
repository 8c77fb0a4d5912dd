namespace FireMap.Api.FieldWork;

/// <summary>One check of a visit (gas and stove, wiring, e-bike charging, smoke alarm, escape route).</summary>
public sealed record VisitCheck(string Item, string Result, string? Note);
