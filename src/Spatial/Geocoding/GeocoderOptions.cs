using FireMap.Spatial.Geocoding.Parsing;

namespace FireMap.Spatial.Geocoding;

/// <summary>How a <see cref="Geocoder"/> reads addresses and which candidates it returns.</summary>
public sealed record GeocoderOptions
{
    /// <summary>Candidates scoring below this are dropped. Default 0.3.</summary>
    public double MinScore { get; init; } = 0.3;

    /// <summary>
    /// Two unrelated candidates within this much of each other are ambiguous: neither is reported as
    /// confident. Default 0.05.
    /// </summary>
    public double AmbiguityMargin { get; init; } = 0.05;

    /// <summary>How many indexed names, at most, are compared in detail with one address. Default 48.</summary>
    public int MaxNameCandidates { get; init; } = 48;

    /// <summary>
    /// More divisions to recognise (e.g. a national list of division codes), on top of the provinces, the
    /// gazetteer's area and its communities. Null for none.
    /// </summary>
    public AdministrativeDivisions? Divisions { get; init; }
}
