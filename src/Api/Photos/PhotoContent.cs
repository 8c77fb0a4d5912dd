namespace FireMap.Api.Photos;

/// <summary>
/// What an upload is, read from its first bytes (magic numbers), never from its name or the
/// Content-Type the client sent: a phone names a PNG screenshot ".jpg", and a renamed text file
/// must not pass for a picture.
/// </summary>
public static class PhotoContent
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";

    private static readonly byte[] JpegStart = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngStart = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The content type the bytes begin with (JPEG or PNG), or null for anything else (HEIC, GIF, text…).</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(JpegStart) ? Jpeg
        : bytes.StartsWith(PngStart) ? Png
        : null;

    /// <summary>A name for what the bytes look like, for the refusal's message.</summary>
    public static string Describe(ReadOnlySpan<byte> bytes)
    {
        // ISO base media files (HEIC/HEIF, MP4) carry "ftyp" and a brand at offset 4.
        if (bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = System.Text.Encoding.ASCII.GetString(bytes[8..12]);
            return brand is "heic" or "heix" or "mif1" or "msf1" or "hevc" ? "HEIC/HEIF" : $"ISO media ({brand})";
        }

        return bytes.StartsWith("GIF8"u8) ? "GIF"
            : bytes.StartsWith("RIFF"u8) ? "RIFF (WebP or other)"
            : bytes.StartsWith("%PDF"u8) ? "PDF"
            : "not an image this service reads";
    }
}
