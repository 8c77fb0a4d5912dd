using NetTopologySuite.Geometries;

namespace FireMap.Api.Photos;

/// <summary>
/// An accepted upload, ready to store: the original re-encoded without its metadata, the two
/// downscaled JPEG copies, and the camera position when the uploader allowed it to be kept.
/// </summary>
public sealed record ProcessedPhoto(
    string Sha256,
    string ContentType,
    int Width,
    int Height,
    byte[] Original,
    byte[] Display,
    byte[] Thumbnail,
    Point? Location,
    DateTimeOffset? TakenAt);
