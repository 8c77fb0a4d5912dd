namespace FireMap.Api.Hazards;

/// <summary>A hazard that needs attention: overdue, due soon, or supervised and past its deadline; <paramref name="Days"/> past or left.</summary>
public sealed record HazardAlert(string Kind, HazardRecord Hazard, int Days);
