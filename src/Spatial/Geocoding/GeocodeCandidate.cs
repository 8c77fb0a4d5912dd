using FireMap.Spatial.Geocoding.Gazetteers;

namespace FireMap.Spatial.Geocoding;

/// <summary>One possible location for an address: the entry it matched, at which level, and how well.</summary>
/// <param name="Entry">The matched gazetteer entry, with its code and WGS84 point.</param>
/// <param name="Score">0–1; at least <see cref="ConfidentScore"/> means confident.</param>
/// <param name="Evidence">What agreed with the address and what did not.</param>
public sealed record GeocodeCandidate(GazetteerEntry Entry, double Score, MatchEvidence Evidence)
{
    /// <summary>The score from which a match is confident: 0.8.</summary>
    public const double ConfidentScore = 0.8;

    /// <summary>The level matched: the entry's level.</summary>
    public MatchLevel Level => Entry.Level;

    /// <summary>True when <see cref="Score"/> is at least <see cref="ConfidentScore"/>.</summary>
    public bool IsConfident => Score >= ConfidentScore;

    /// <summary>Longitude of the matched point, EPSG:4326 degrees.</summary>
    public double Lon => Entry.Lon;

    /// <summary>Latitude of the matched point, EPSG:4326 degrees.</summary>
    public double Lat => Entry.Lat;
}
