using FireMap.Api.Access;
using FireMap.Api.GraphQL.Batching;
using FireMap.Api.Hazards;
using GraphQL.DataLoader;

namespace FireMap.Api.FieldWork;

/// <summary>
/// The hazards, inspections and visits that the field records and nodes of one response point to: one query per
/// kind per request, narrowed to the reader's community.
/// </summary>
public sealed class FieldWorkLoader
{
    private readonly BatchLoader<long, HazardRecord?> _hazards;
    private readonly BatchLoader<long, InspectionRecord?> _inspectionsByHazard;
    private readonly BatchLoader<InspectionRecord, IReadOnlyList<HazardRecord>> _hazardsOfInspection;
    private readonly Dictionary<string, BatchLoader<long, IReadOnlyList<InspectionRecord>>> _bySubject = [];

    public FieldWorkLoader(HazardRepository hazards, InspectionRepository inspections, IHttpContextAccessor http)
    {
        ArgumentNullException.ThrowIfNull(http);
        long? Scope() => CurrentUser.From(http.HttpContext?.User)?.ReadCommunityId;
        _hazards = new(async (ids, token) =>
        {
            var found = await hazards.ByIdsAsync(ids, Scope(), token);
            return ids.ToDictionary(id => id, id => found.GetValueOrDefault(id));
        }, null);
        _inspectionsByHazard = new(async (ids, token) =>
        {
            var found = await inspections.ByHazardsAsync(ids, Scope(), token);
            return ids.ToDictionary(id => id, id => found.GetValueOrDefault(id));
        }, null);
        _hazardsOfInspection = new(async (records, token) =>
        {
            var found = await hazards.ByIdsAsync([.. records.SelectMany(r => r.Items).Select(i => i.HazardId).OfType<long>().Distinct()], Scope(), token);
            return records.ToDictionary(r => r, r => (IReadOnlyList<HazardRecord>)[.. r.Items.Select(i => i.HazardId).OfType<long>()
                .Select(found.GetValueOrDefault).OfType<HazardRecord>()]);
        }, []);
        foreach (var type in new[] { "building", "place", "compound" })
        {
            _bySubject[type] = new(async (ids, token) =>
            {
                var found = await inspections.BySubjectsAsync(type, ids, Scope(), token);
                return ids.ToDictionary(id => id, id => (IReadOnlyList<InspectionRecord>)found[id].ToList());
            }, []);
        }
    }

    public IDataLoaderResult<HazardRecord?> Hazard(long id) => _hazards.Load(id);

    public IDataLoaderResult<IReadOnlyList<HazardRecord>> HazardsOf(InspectionRecord inspection) => _hazardsOfInspection.Load(inspection);

    public IDataLoaderResult<InspectionRecord?> InspectionOfHazard(long hazardId) => _inspectionsByHazard.Load(hazardId);

    public IDataLoaderResult<IReadOnlyList<InspectionRecord>> InspectionsOf(string subjectType, long id) => _bySubject[subjectType].Load(id);
}
