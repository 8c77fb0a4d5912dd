namespace FireMap.Api.Hazards;

/// <summary>
/// Something that needs attention: a hazard overdue, due soon, or supervised and past its deadline (<paramref name="Hazard"/>),
/// or an item of another feature's making (<paramref name="Detail"/>, with <paramref name="Hazard"/> null) listed by an
/// <see cref="IAlertSource"/>; <paramref name="Days"/> past or left.
/// </summary>
public sealed record HazardAlert(string Kind, HazardRecord? Hazard, int Days, object? Detail = null);
