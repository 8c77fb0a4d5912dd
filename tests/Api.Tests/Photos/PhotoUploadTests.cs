using System.Net;
using System.Text;
using System.Text.Json;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Photos;

/// <summary>Uploads checked from the bytes, downscaled copies, EXIF stripped, GPS kept only on request, dedupe.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class PhotoUploadTests(FireMapServerFixture server)
{
    private readonly PhotoApi _api = new(server);

    [Fact]
    public async Task Upload_jpeg_stores_original_display_and_thumbnail_within_their_sizes()
    {
        var (status, body) = await _api.UploadAsync("grid", TestImages.Jpeg(2000, 1500));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("image/jpeg", body.GetProperty("contentType").GetString());
        Assert.Equal(2000, body.GetProperty("width").GetInt32());
        Assert.Equal(1500, body.GetProperty("height").GetInt32());
        Assert.True(body.GetProperty("byteSize").GetInt32() > 0);
        var id = body.GetProperty("id").GetGuid();

        using var display = await _api.GetAsync("grid", id);
        Assert.Equal(HttpStatusCode.OK, display.StatusCode);
        Assert.Equal("image/jpeg", display.Content.Headers.ContentType?.MediaType);
        var cache = display.Headers.CacheControl!;
        Assert.True(cache.Private);
        Assert.Contains(cache.Extensions, e => e.Name == "immutable");
        var (w, h, _) = TestImages.Read(await display.Content.ReadAsByteArrayAsync());
        Assert.Equal((1280, 960), (w, h));

        using var thumbnail = await _api.GetAsync("grid", id, "thumbnail");
        var (tw, th, _) = TestImages.Read(await thumbnail.Content.ReadAsByteArrayAsync());
        Assert.Equal((256, 192), (tw, th));

        using var original = await _api.GetAsync("grid", id, "original");
        var (ow, oh, _) = TestImages.Read(await original.Content.ReadAsByteArrayAsync());
        Assert.Equal((2000, 1500), (ow, oh));
    }

    [Fact]
    public async Task Upload_png_named_jpg_is_stored_as_png()
    {
        var (status, body) = await _api.UploadAsync("community", TestImages.Png(), "screenshot.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("image/png", body.GetProperty("contentType").GetString());
        using var original = await _api.GetAsync("community", body.GetProperty("id").GetGuid(), "original");
        Assert.Equal("image/png", original.Content.Headers.ContentType?.MediaType);
        using var display = await _api.GetAsync("community", body.GetProperty("id").GetGuid());
        Assert.Equal("image/jpeg", display.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("heic")]
    [InlineData("truncated-jpeg")]
    public async Task Upload_of_something_not_a_jpeg_or_png_is_415_with_a_problem_body(string kind)
    {
        var bytes = kind switch
        {
            "text" => Encoding.UTF8.GetBytes("this is not a photo, whatever its name says\n"),
            // An ISO base media file header with the HEIC brand, as a camera writes it.
            "heic" => [0, 0, 0, 24, .. "ftypheic"u8.ToArray(), 0, 0, 0, 0, .. "mif1heic"u8.ToArray(), 0, 0, 0, 0],
            _ => TestImages.Jpeg(300, 200)[..40],
        };
        var photos = await _api.ScalarAsync<long>("SELECT count(*) FROM photos");

        var (status, body) = await _api.UploadAsync("grid", bytes, "photo.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", body.GetProperty("code").GetString());
        Assert.Equal(415, body.GetProperty("status").GetInt32());
        Assert.Equal(photos, await _api.ScalarAsync<long>("SELECT count(*) FROM photos"));
    }

    [Fact]
    public async Task Upload_over_10_MB_is_413_with_a_problem_body()
    {
        var bytes = new byte[(10 * 1024 * 1024) + 1];
        TestImages.Jpeg(64, 64).CopyTo(bytes, 0);

        var (status, body) = await _api.UploadAsync("grid", bytes);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("PAYLOAD_TOO_LARGE", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Upload_without_keep_location_strips_exif_and_stores_no_position()
    {
        var (status, body) = await _api.UploadAsync("grid", TestImages.Jpeg(800, 600, gps: (106.4801, 29.4812)));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.False(body.TryGetProperty("location", out var location) && location.ValueKind != JsonValueKind.Null);
        var id = body.GetProperty("id").GetGuid();
        Assert.True(await _api.ScalarAsync<bool>("SELECT location IS NULL FROM photos WHERE id = @id", ("id", id)));
        await AssertNoExifAsync(id);
    }

    [Fact]
    public async Task Upload_with_keep_location_stores_the_exif_gps_position_and_still_strips_exif()
    {
        var (status, body) = await _api.UploadAsync("grid", TestImages.Jpeg(800, 600, gps: (106.4801, 29.4812)), keepLocation: true);

        Assert.Equal(HttpStatusCode.Created, status);
        var location = body.GetProperty("location");
        Assert.Equal(106.4801, location.GetProperty("lon").GetDouble(), 4);
        Assert.Equal(29.4812, location.GetProperty("lat").GetDouble(), 4);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal(29.4812, await _api.ScalarAsync<double>("SELECT ST_Y(location) FROM photos WHERE id = @id", ("id", id)), 4);
        await AssertNoExifAsync(id);
    }

    [Fact]
    public async Task Upload_of_the_same_bytes_twice_is_one_photo()
    {
        var bytes = TestImages.Jpeg(640, 480);

        var first = await _api.UploadOkAsync("grid", bytes);
        var second = await _api.UploadOkAsync("grid", bytes);

        Assert.Equal(first, second);
        Assert.Equal(1L, await _api.ScalarAsync<long>("SELECT count(*) FROM photos WHERE id = @id", ("id", first)));
    }

    [Fact]
    public async Task Concurrent_uploads_of_the_same_bytes_are_one_photo()
    {
        var bytes = TestImages.Jpeg(640, 480);

        var ids = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _api.UploadOkAsync("community", bytes)));

        Assert.Single(ids.Distinct());
    }

    private async Task AssertNoExifAsync(Guid id)
    {
        foreach (var size in new[] { "original", "display", "thumbnail" })
        {
            using var response = await _api.GetAsync("grid", id, size);
            var (_, _, exif) = TestImages.Read(await response.Content.ReadAsByteArrayAsync());
            Assert.True(exif is null || exif.Values.Count == 0, $"{size} keeps {exif?.Values.Count} EXIF values");
        }

        foreach (var column in new[] { "original", "display", "thumbnail" })
        {
            var bytes = await _api.ScalarAsync<byte[]>($"SELECT {column} FROM photos WHERE id = @id", ("id", id));
            Assert.Equal(-1, bytes.AsSpan().IndexOf("TestCamera"u8));
        }
    }
}
