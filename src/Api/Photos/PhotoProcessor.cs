using System.Globalization;
using System.Security.Cryptography;
using FireMap.Api.Errors;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Processing;

namespace FireMap.Api.Photos;

/// <summary>
/// Checks and prepares an uploaded photo: the type from the bytes, then a decode with only the JPEG
/// and PNG decoders (so a crafted file of another format never reaches a decoder), the size in pixels
/// read from the header before the pixels are decoded, the camera's orientation applied, every
/// metadata block (EXIF, XMP, IPTC) dropped from what is stored, and the EXIF GPS position returned
/// only when the uploader asked to keep it.
/// </summary>
public static class PhotoProcessor
{
    /// <summary>Largest upload accepted: 10 MiB (the <c>photos.byte_size</c> check).</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>Long side of the display copy, pixels.</summary>
    public const int DisplaySize = 1280;

    /// <summary>Long side of the thumbnail, pixels.</summary>
    public const int ThumbnailSize = 256;

    // A 10 MB file can claim a huge canvas (a decompression bomb); a phone camera stays far below this.
    private const long MaxPixels = 64L * 1024 * 1024;

    private static readonly Configuration Decoders = new(new JpegConfigurationModule(), new PngConfigurationModule());

    /// <summary>
    /// The photo to store, or a refusal: <see cref="PhotoRefusal"/> 415 for anything but a readable
    /// JPEG or PNG, 413 for a file or canvas too large.
    /// </summary>
    public static ProcessedPhoto Process(byte[] bytes, bool keepLocation)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length > MaxBytes)
        {
            throw PhotoRefusal.TooLarge(bytes.Length);
        }

        var contentType = PhotoContent.Sniff(bytes)
            ?? throw PhotoRefusal.WrongType(PhotoContent.Describe(bytes));

        try
        {
            using var input = new MemoryStream(bytes, writable: false);
            var info = Image.Identify(Decoders, input) ?? throw PhotoRefusal.Unreadable(contentType);
            if ((long)info.Width * info.Height > MaxPixels)
            {
                throw Rejection.BadInput("file", $"the image is {info.Width} × {info.Height} pixels; at most {MaxPixels / 1_000_000} megapixels are accepted");
            }

            input.Position = 0;
            using var image = Image.Load(Decoders, input);
            var exif = image.Metadata.ExifProfile;
            var location = keepLocation && exif is not null ? GpsPoint(exif) : null;
            var takenAt = exif is not null ? TakenAt(exif) : null;

            // The camera's orientation flag goes with the EXIF block, so it is applied to the pixels first.
            image.Mutate(x => x.AutoOrient());
            image.Metadata.ExifProfile = null;
            image.Metadata.XmpProfile = null;
            image.Metadata.IptcProfile = null;

            var original = contentType == PhotoContent.Png ? Encode(image, new PngEncoder { CompressionLevel = PngCompressionLevel.BestCompression })
                : Encode(image, new JpegEncoder { Quality = 92 });
            var display = Scaled(image, DisplaySize, 82);
            var thumbnail = Scaled(image, ThumbnailSize, 75);
            return new ProcessedPhoto(Convert.ToHexStringLower(SHA256.HashData(bytes)), contentType, image.Width, image.Height,
                original, display, thumbnail, location, takenAt);
        }
        catch (Exception exception) when (exception is ImageFormatException or UnknownImageFormatException or InvalidImageContentException)
        {
            throw PhotoRefusal.Unreadable(contentType);
        }
    }

    private static byte[] Encode(Image image, SixLabors.ImageSharp.Formats.IImageEncoder encoder)
    {
        using var stream = new MemoryStream();
        image.Save(stream, encoder);
        return stream.ToArray();
    }

    private static byte[] Scaled(Image image, int longSide, int quality)
    {
        using var copy = image.Clone(x =>
        {
            if (Math.Max(image.Width, image.Height) > longSide)
            {
                x.Resize(new ResizeOptions { Mode = ResizeMode.Max, Size = new Size(longSide, longSide) });
            }

            // A PNG with transparency becomes a JPEG on white, not on black.
            x.BackgroundColor(Color.White);
        });
        return Encode(copy, new JpegEncoder { Quality = quality });
    }

    /// <summary>The EXIF GPS position as a WGS84 point, or null when it is missing or out of range.</summary>
    private static NetTopologySuite.Geometries.Point? GpsPoint(ExifProfile exif)
    {
        var lat = Degrees(exif.GetValue(ExifTag.GPSLatitude)?.Value);
        var lon = Degrees(exif.GetValue(ExifTag.GPSLongitude)?.Value);
        if (lat is not double latitude || lon is not double longitude)
        {
            return null;
        }

        if (exif.GetValue(ExifTag.GPSLatitudeRef)?.Value is string latRef && latRef.StartsWith('S'))
        {
            latitude = -latitude;
        }

        if (exif.GetValue(ExifTag.GPSLongitudeRef)?.Value is string lonRef && lonRef.StartsWith('W'))
        {
            longitude = -longitude;
        }

        return latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180 && (latitude != 0 || longitude != 0)
            ? new NetTopologySuite.Geometries.Point(longitude, latitude) { SRID = 4326 }
            : null;
    }

    private static double? Degrees(Rational[]? dms)
    {
        if (dms is not { Length: 3 } || dms.Any(part => part.Denominator == 0))
        {
            return null;
        }

        return dms[0].ToDouble() + (dms[1].ToDouble() / 60) + (dms[2].ToDouble() / 3600);
    }

    /// <summary>When the picture was taken, only when the camera also wrote its UTC offset (a bare local time names no instant).</summary>
    private static DateTimeOffset? TakenAt(ExifProfile exif)
    {
        var local = exif.GetValue(ExifTag.DateTimeOriginal)?.Value;
        var offset = exif.GetValue(ExifTag.OffsetTimeOriginal)?.Value;
        return local is not null && offset is not null
            && DateTimeOffset.TryParseExact($"{local} {offset}", "yyyy:MM:dd HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var taken)
            ? taken
            : null;
    }
}
