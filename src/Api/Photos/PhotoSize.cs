namespace FireMap.Api.Photos;

/// <summary>Which stored copy of a photo a request asks for (<c>?size=</c>).</summary>
public enum PhotoSize
{
    /// <summary>The JPEG copy for display, long side at most 1280 px (the default).</summary>
    Display,

    /// <summary>The JPEG copy for lists, long side at most 256 px.</summary>
    Thumbnail,

    /// <summary>The full picture, in its own format, without its metadata.</summary>
    Original,
}
