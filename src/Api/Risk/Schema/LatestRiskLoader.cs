using FireMap.Api.GraphQL.Batching;
using FireMap.Api.Risk.Periods;
using FireMap.Api.Risk.Ranking;
using FireMap.Api.Risk.Runs;
using GraphQL.DataLoader;

namespace FireMap.Api.Risk.Schema;

/// <summary>
/// The current scores (latest run of the current model) of the compounds and buildings in one response,
/// for their <c>risk</c> fields: one query per kind, per request.
/// </summary>
public sealed class LatestRiskLoader(RiskRuns runs, RiskRanking ranking, RiskModelSource model)
{
    private readonly BatchLoader<long, StoredRiskScore?> _compounds = new(async (ids, cancellationToken) =>
        await LoadAsync(runs, ranking, model.Model.Version, buildings: false, ids, cancellationToken), null);

    private readonly BatchLoader<long, StoredRiskScore?> _buildings = new(async (ids, cancellationToken) =>
        await LoadAsync(runs, ranking, model.Model.Version, buildings: true, ids, cancellationToken), null);

    public IDataLoaderResult<StoredRiskScore?> Compound(long id) => _compounds.Load(id);

    public IDataLoaderResult<StoredRiskScore?> Building(long id) => _buildings.Load(id);

    private static async Task<IReadOnlyDictionary<long, StoredRiskScore?>> LoadAsync(RiskRuns runs, RiskRanking ranking, string version,
        bool buildings, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var run = await runs.FindAsync(version, null, cancellationToken);
        if (run is null)
        {
            return new Dictionary<long, StoredRiskScore?>();
        }

        var scores = await ranking.ByIdAsync(run, buildings, ids, cancellationToken);
        return scores.ToDictionary(p => p.Key, p => (StoredRiskScore?)p.Value);
    }
}
