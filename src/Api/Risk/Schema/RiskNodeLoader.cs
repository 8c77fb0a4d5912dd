using FireMap.Api.Buildings;
using FireMap.Api.Compounds;
using FireMap.Api.GraphQL.Batching;
using GraphQL.DataLoader;

namespace FireMap.Api.Risk.Schema;

/// <summary>The compound and building nodes of the ranking pages in one response: one query per kind, per request.</summary>
public sealed class RiskNodeLoader(CompoundRepository compounds, BuildingRepository buildings)
{
    private readonly BatchLoader<long, CompoundRecord?> _compounds = new(async (ids, cancellationToken) =>
        (await compounds.FindManyAsync(ids, cancellationToken)).ToDictionary(p => p.Key, p => (CompoundRecord?)p.Value), null);

    private readonly BatchLoader<long, BuildingRecord?> _buildings = new(async (ids, cancellationToken) =>
        (await buildings.FindManyAsync(ids, cancellationToken)).ToDictionary(p => p.Key, p => (BuildingRecord?)p.Value), null);

    public IDataLoaderResult<CompoundRecord?> Compound(long id) => _compounds.Load(id);

    public IDataLoaderResult<BuildingRecord?> Building(long id) => _buildings.Load(id);
}
