using FireMap.Api.GraphQL.Batching;

namespace FireMap.Api.Blockages;

/// <summary>Active blockages of the compounds in one response, fetched in one query per request.</summary>
public sealed class CompoundBlockagesLoader(BlockageRepository blockages)
{
    private readonly BatchLoader<long, IReadOnlyList<BlockageRecord>> _loader = new(async (ids, cancellationToken) =>
    {
        var byCompound = await blockages.ActiveByCompoundAsync(ids, cancellationToken);
        return ids.ToDictionary(id => id, id => (IReadOnlyList<BlockageRecord>)byCompound[id].ToList());
    }, []);

    public global::GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<BlockageRecord>> Load(long compoundId) => _loader.Load(compoundId);
}
