using FireMap.Api.Access;

namespace FireMap.Api.Hazards;

/// <summary>
/// A feature that adds its own items to <c>alerts</c> after the hazard alerts (overdue door-knock visits,
/// for example), without the hazard feature knowing it. Each source narrows its items to the user's scope
/// and leaves out what the user's role may not read.
/// </summary>
public interface IAlertSource
{
    Task<IReadOnlyList<HazardAlert>> ListAsync(CurrentUser user, string? communityCode, CancellationToken cancellationToken);
}
