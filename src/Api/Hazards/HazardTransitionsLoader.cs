using FireMap.Api.GraphQL.Batching;

namespace FireMap.Api.Hazards;

/// <summary>The histories of the hazards in one response, fetched in one query per request.</summary>
public sealed class HazardTransitionsLoader(HazardRepository hazards)
{
    private readonly BatchLoader<long, IReadOnlyList<HazardTransitionRecord>> _loader = new(async (ids, cancellationToken) =>
    {
        var byHazard = await hazards.TransitionsAsync(ids, cancellationToken);
        return ids.ToDictionary(id => id, id => (IReadOnlyList<HazardTransitionRecord>)byHazard[id].ToList());
    }, []);

    public global::GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<HazardTransitionRecord>> Load(long hazardId) => _loader.Load(hazardId);
}
