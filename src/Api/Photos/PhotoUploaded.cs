namespace FireMap.Api.Photos;

/// <summary>The answer to an upload: the photo's id and what was stored. <c>Location</c> is present only when it was kept.</summary>
public sealed record PhotoUploaded(Guid Id, string ContentType, int Width, int Height, int ByteSize, PhotoLocation? Location);
