using FireMap.Spatial.Geocoding;

namespace FireMap.Api.Geocoding;

/// <summary>A geocoding result with the snapshot that resolves its entries to database ids.</summary>
public sealed record GeocodeAnswer(GeocodeResult Result, GeocoderSnapshot Snapshot)
{
    public (GeocodeCandidate Candidate, long? Id) WithId(GeocodeCandidate candidate) =>
        (candidate, Snapshot.IdOf(candidate.Level, candidate.Entry.Code));
}
