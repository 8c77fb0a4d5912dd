namespace FireMap.Api.Proximity;

/// <summary>A record found near a point, with its geodesic distance in metres (0 inside a footprint).</summary>
public sealed record Hit<T>(T Node, double DistanceMeters, long Id)
{
    public string Cursor => new DistanceCursor(DistanceMeters, Id).Encode();
}
