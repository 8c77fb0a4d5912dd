namespace FireMap.Api.Photos;

/// <summary>The outcome of reading one copy of a photo: its bytes and content type when <see cref="PhotoReadOutcome.Found"/>.</summary>
public sealed record PhotoRead(PhotoReadOutcome Outcome, byte[]? Bytes, string? ContentType)
{
    public static PhotoRead Missing { get; } = new(PhotoReadOutcome.Missing, null, null);

    public static PhotoRead Refused { get; } = new(PhotoReadOutcome.Refused, null, null);
}
