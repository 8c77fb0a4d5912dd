namespace FireMap.Api.Photos;

/// <summary>
/// Field photos: upload (type checked from the bytes, SHA-256 dedupe, EXIF stripped, GPS kept only on
/// request, display and thumbnail copies), serving by id to those who may see them, and
/// <see cref="PhotoLinks"/> for the features whose records carry photos.
/// </summary>
public static class PhotosFeature
{
    public static WebApplicationBuilder AddPhotos(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<PhotoRepository>();
        return builder;
    }

    public static WebApplication MapPhotos(this WebApplication app) => app.MapPhotoEndpoints();
}
