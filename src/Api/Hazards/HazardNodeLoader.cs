using FireMap.Api.Access;
using FireMap.Api.GraphQL.Batching;
using GraphQL.DataLoader;

namespace FireMap.Api.Hazards;

/// <summary>
/// The hazards of the compounds, buildings and places in one response: one query per kind of node per
/// request, narrowed to the reader's community.
/// </summary>
public sealed class HazardNodeLoader
{
    private readonly BatchLoader<long, IReadOnlyList<HazardRecord>> _compounds;
    private readonly BatchLoader<long, IReadOnlyList<HazardRecord>> _buildings;
    private readonly BatchLoader<long, IReadOnlyList<HazardRecord>> _places;

    public HazardNodeLoader(HazardRepository hazards, IHttpContextAccessor http)
    {
        ArgumentNullException.ThrowIfNull(hazards);
        ArgumentNullException.ThrowIfNull(http);
        BatchLoader<long, IReadOnlyList<HazardRecord>> For(string owner) => new(async (ids, cancellationToken) =>
        {
            var scope = CurrentUser.From(http.HttpContext?.User)?.ReadCommunityId;
            var byOwner = await hazards.ByOwnerAsync(owner, ids, scope, cancellationToken);
            return ids.ToDictionary(id => id, id => (IReadOnlyList<HazardRecord>)byOwner[id].ToList());
        }, []);
        _compounds = For("compound");
        _buildings = For("building");
        _places = For("place");
    }

    public IDataLoaderResult<IReadOnlyList<HazardRecord>> Compound(long id) => _compounds.Load(id);

    public IDataLoaderResult<IReadOnlyList<HazardRecord>> Building(long id) => _buildings.Load(id);

    public IDataLoaderResult<IReadOnlyList<HazardRecord>> Place(long id) => _places.Load(id);
}
