using FireMap.Api.Buildings;
using FireMap.Api.Compounds;

namespace FireMap.Api.Risk;

/// <summary>
/// The compounds and buildings of a ranking page, fetched with one query per page (the ranking's batch
/// loaders call this), as the <c>Compound</c> and <c>Building</c> types publish them.
/// </summary>
public sealed class RiskNodes(CompoundRepository compounds, BuildingRepository buildings)
{
    public Task<IReadOnlyDictionary<long, CompoundRecord>> CompoundsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        compounds.FindManyAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<long, BuildingRecord>> BuildingsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        buildings.FindManyAsync(ids, cancellationToken);
}
