using FireMap.Api.GraphQL.Batching;
using FireMap.Api.Photos;
using Npgsql;

namespace FireMap.Api.Hazards;

/// <summary>The photos of the hazards in one response, fetched in one query per request.</summary>
public sealed class HazardPhotosLoader(NpgsqlDataSource dataSource)
{
    private readonly BatchLoader<long, IReadOnlyList<Guid>> _loader = new(async (ids, cancellationToken) =>
    {
        var byHazard = await PhotoLinks.OfAsync(dataSource, "hazard", ids, cancellationToken);
        return ids.ToDictionary(id => id, id => (IReadOnlyList<Guid>)byHazard[id].ToList());
    }, []);

    public global::GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<Guid>> Load(long hazardId) => _loader.Load(hazardId);
}
