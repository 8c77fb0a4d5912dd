using FireMap.Spatial.Geocoding.Parsing;

namespace FireMap.Spatial.Geocoding;

/// <summary>The outcome of geocoding one address: how it was read and its ranked candidates.</summary>
/// <param name="Parsed">The address split into its levels.</param>
/// <param name="Candidates">Candidates, best first; empty when nothing matched.</param>
public sealed record GeocodeResult(ParsedAddress Parsed, IReadOnlyList<GeocodeCandidate> Candidates)
{
    /// <summary>The address as given.</summary>
    public string Input => Parsed.Input;

    /// <summary>The first candidate when it is confident, else null: the one to place a record with.</summary>
    public GeocodeCandidate? Best => Candidates.Count > 0 && Candidates[0].IsConfident ? Candidates[0] : null;
}
