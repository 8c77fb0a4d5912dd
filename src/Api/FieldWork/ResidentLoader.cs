using FireMap.Api.Access;
using FireMap.Api.GraphQL.Batching;
using GraphQL.DataLoader;

namespace FireMap.Api.FieldWork;

/// <summary>The residents of the visits in one response, in one audited query per request, narrowed to the reader's scope.</summary>
public sealed class ResidentLoader(ResidentRepository residents, IHttpContextAccessor http)
{
    private readonly BatchLoader<long, ResidentRecord?> _loader = new(async (ids, token) =>
    {
        var found = await residents.ByIdsAsync(ids, CurrentUser.Of(http.HttpContext), token);
        return ids.ToDictionary(id => id, id => found.GetValueOrDefault(id));
    }, null);

    public IDataLoaderResult<ResidentRecord?> Load(long id) => _loader.Load(id);
}
