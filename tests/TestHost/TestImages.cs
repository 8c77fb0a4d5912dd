using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace FireMap.TestHost;

/// <summary>
/// Real JPEG and PNG files made in the test, each different (random pixels), so that uploads in a
/// shared database never meet another test's picture through the SHA-256 dedupe.
/// </summary>
public static class TestImages
{
    /// <summary>A JPEG of <paramref name="width"/> × <paramref name="height"/>, with an EXIF GPS position when <paramref name="gps"/> is given.</summary>
    public static byte[] Jpeg(int width = 1600, int height = 1200, (double Lon, double Lat)? gps = null)
    {
        using var image = Noise(width, height);
        if (gps is { } position)
        {
            var exif = new ExifProfile();
            exif.SetValue(ExifTag.GPSLatitude, Dms(Math.Abs(position.Lat)));
            exif.SetValue(ExifTag.GPSLatitudeRef, position.Lat >= 0 ? "N" : "S");
            exif.SetValue(ExifTag.GPSLongitude, Dms(Math.Abs(position.Lon)));
            exif.SetValue(ExifTag.GPSLongitudeRef, position.Lon >= 0 ? "E" : "W");
            exif.SetValue(ExifTag.Make, "TestCamera");
            image.Metadata.ExifProfile = exif;
        }

        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        return stream.ToArray();
    }

    public static byte[] Png(int width = 400, int height = 300)
    {
        using var image = Noise(width, height);
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    /// <summary>The size and EXIF block of stored bytes, as a decoder sees them.</summary>
    public static (int Width, int Height, ExifProfile? Exif) Read(byte[] bytes)
    {
        using var image = Image.Load(bytes);
        return (image.Width, image.Height, image.Metadata.ExifProfile);
    }

    private static Image<Rgb24> Noise(int width, int height)
    {
        var image = new Image<Rgb24>(width, height, new Rgb24(200, 60, 40));
        // A few hundred random pixels: enough to make the file unique, cheap to encode.
        for (var i = 0; i < 400; i++)
        {
            image[Random.Shared.Next(width), Random.Shared.Next(height)] = new Rgb24((byte)Random.Shared.Next(256), (byte)Random.Shared.Next(256), (byte)Random.Shared.Next(256));
        }

        return image;
    }

    private static Rational[] Dms(double degrees)
    {
        var d = Math.Floor(degrees);
        var minutes = (degrees - d) * 60;
        var m = Math.Floor(minutes);
        var s = (minutes - m) * 60;
        return [new Rational((uint)d, 1), new Rational((uint)m, 1), new Rational((uint)Math.Round(s * 10000), 10000)];
    }
}
