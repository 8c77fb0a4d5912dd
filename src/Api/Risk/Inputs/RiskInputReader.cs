using FireMap.Api.Risk.Storage;
using FireMap.Spatial.Risk.Model;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Risk.Inputs;

/// <summary>
/// Gathers the risk model's inputs from PostGIS with set-based statements (<see cref="RiskInputSql"/>,
/// <see cref="RiskLinkSql"/>, <see cref="RiskStationSql"/>), one per kind of input, run side by side on
/// pooled connections; the rows are grouped per compound and building in C# (<see cref="RiskInputAssembler"/>).
/// The two spatial kinds with the most work, station distances and fires nearby, are split into slices by
/// id over as many connections as there are processors (up to 8) when everything is read. Routed times come
/// from <paramref name="routes"/> (today's network), and for a date before today first from the routes the
/// latest run on or before it kept (<see cref="RiskRouteSql"/>), so a past date replays its own network.
/// </summary>
public sealed class RiskInputReader(RiskDatabase database, RiskModel model, ChinaCalendar? calendar = null, IStationRoutes? routes = null)
{
    private static readonly int _slices = Math.Clamp(Environment.ProcessorCount, 1, 8);

    /// <summary>
    /// The inputs of every compound and building. Station distances that are not kept current are measured
    /// by the read; the recompute keeps them (<see cref="RiskInputSet.Stations"/>) for the next one.
    /// </summary>
    /// <param name="asOf">The China-time date the scores will describe.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public Task<RiskInputSet> ReadAllAsync(DateOnly asOf, CancellationToken cancellationToken) =>
        ReadAsync(asOf, null, _slices, cancellationToken);

    /// <summary>The inputs of one compound and its buildings, as they are now; writes nothing.</summary>
    /// <param name="asOf">The China-time date the scores will describe.</param>
    /// <param name="compoundId">The compound.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public Task<RiskInputSet> ReadCompoundAsync(DateOnly asOf, long compoundId, CancellationToken cancellationToken) =>
        ReadAsync(asOf, compoundId, 1, cancellationToken);

    private async Task<RiskInputSet> ReadAsync(DateOnly asOf, long? compoundId, int slices, CancellationToken cancellationToken)
    {
        var stations = Sliced(slices, slice =>
            QueryAsync(RiskStationSql.Read, asOf, compoundId, RiskInputParsers.Station, cancellationToken, (slice, slices)));
        var incidents = compoundId is null
            ? Sliced(slices, slice => QueryAsync(RiskLinkSql.IncidentsAll, asOf, null, RiskInputParsers.Incident, cancellationToken, (slice, slices)))
            : [QueryAsync(RiskLinkSql.IncidentsOfCompound, asOf, compoundId, RiskInputParsers.Incident, cancellationToken)];
        var buildings = QueryAsync(RiskInputSql.Buildings, asOf, compoundId, RiskInputParsers.Building, cancellationToken);
        var compounds = QueryAsync(RiskInputSql.Compounds, asOf, compoundId, RiskInputParsers.Compound, cancellationToken);
        var lanes = QueryAsync(RiskInputSql.FireLanes, asOf, compoundId, RiskInputParsers.Lane, cancellationToken);
        var hazards = QueryAsync(compoundId is null ? RiskLinkSql.HazardsAll : RiskLinkSql.HazardsOfCompound, asOf, compoundId,
            RiskInputParsers.Hazard, cancellationToken);
        var places = QueryAsync(RiskLinkSql.Places, asOf, compoundId, RiskInputParsers.Place, cancellationToken);
        var routed = RoutesAsync(asOf, compoundId, cancellationToken);
        await Task.WhenAll([buildings, compounds, lanes, hazards, places, routed, .. stations, .. incidents]);

        var rows = new RiskInputRows(buildings.Result, [.. stations.SelectMany(slice => slice.Result)], compounds.Result, lanes.Result,
            hazards.Result, places.Result, [.. incidents.SelectMany(slice => slice.Result)], routed.Result);
        return RiskInputAssembler.Assemble(rows);
    }

    // Kept routes of a past date first; today's network for today and for buildings the kept run did not score.
    private async Task<List<RouteRow>> RoutesAsync(DateOnly asOf, long? compoundId, CancellationToken cancellationToken)
    {
        await Task.Yield();
        var rows = new List<RouteRow>();
        if (calendar is not null && asOf < calendar.Today)
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken);
            rows = await RiskRouteStore.ReadStoredAsync(connection, asOf, compoundId, cancellationToken);
        }

        if (routes is null)
        {
            return rows;
        }

        var fire = await routes.FastestAsync("fire_station", compoundId, cancellationToken);
        var micro = await routes.FastestAsync("micro_station", compoundId, cancellationToken);
        var kept = rows.Select(r => r.BuildingId).ToHashSet();
        foreach (var id in fire.Keys.Union(micro.Keys).Where(id => !kept.Contains(id)))
        {
            rows.Add(new RouteRow(id, fire.GetValueOrDefault(id), micro.GetValueOrDefault(id)));
        }

        return rows;
    }

    private static List<Task<List<T>>> Sliced<T>(int slices, Func<int, Task<List<T>>> query) =>
        [.. Enumerable.Range(0, slices).Select(query)];

    private async Task<List<T>> QueryAsync<T>(string sql, DateOnly asOf, long? compoundId, Func<NpgsqlDataReader, T> read,
        CancellationToken cancellationToken, (int Slice, int Slices)? slice = null)
    {
        // Off the caller's thread at once, so that the statements really run side by side.
        await Task.Yield();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.CommandTimeout = 0;
        command.Parameters.Add(new NpgsqlParameter("as_of", NpgsqlDbType.Date) { Value = asOf });
        command.Parameters.Add(new NpgsqlParameter("compound", NpgsqlDbType.Bigint) { Value = (object?)compoundId ?? DBNull.Value });
        if (sql is RiskLinkSql.IncidentsAll or RiskLinkSql.IncidentsOfCompound)
        {
            command.Parameters.Add(new NpgsqlParameter("radius", NpgsqlDbType.Double) { Value = model.Likelihood.NearbyIncidents.RadiusMeters });
            command.Parameters.Add(new NpgsqlParameter("window", NpgsqlDbType.Integer) { Value = model.Likelihood.NearbyIncidents.WindowDays });
        }

        if (slice is var (index, count))
        {
            command.Parameters.AddWithValue("slice", index);
            command.Parameters.AddWithValue("slices", count);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
