using FireMap.Spatial.Risk.Inputs;

namespace FireMap.Api.Risk.Inputs;

/// <summary>
/// The fastest station of a kind by road to each building, over the routable network as it stands now. The
/// coverage feature provides it; without it every building counts as out of reach, which a model whose
/// station factors read routed time scores at their caps.
/// </summary>
public interface IStationRoutes
{
    /// <summary>
    /// Per building (of <paramref name="compoundId"/>, or every building when null) the fastest station of
    /// <paramref name="stationKind"/> by road; buildings that no such station reaches within the network's horizon are absent.
    /// </summary>
    Task<IReadOnlyDictionary<long, StationRoute>> FastestAsync(string stationKind, long? compoundId, CancellationToken cancellationToken);
}
