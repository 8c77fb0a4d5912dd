using FireMap.Api.GraphQL.Batching;
using GraphQL.DataLoader;

namespace FireMap.Api.Coverage;

/// <summary>The response force of the buildings in one response, for their <c>responseForce</c> field: one query per request.</summary>
public sealed class ResponseForceLoader(ResponseForces forces)
{
    private readonly BatchLoader<long, ResponseForceAnswer?> _buildings = new(async (ids, cancellationToken) =>
        (await forces.ForAsync([.. ids], cancellationToken)).ToDictionary(a => a.BuildingId, a => (ResponseForceAnswer?)a), null);

    public IDataLoaderResult<ResponseForceAnswer?> Building(long id) => _buildings.Load(id);
}
