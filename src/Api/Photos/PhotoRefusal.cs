using System.Globalization;

namespace FireMap.Api.Photos;

/// <summary>
/// An upload refused for its size (413) or its type (415): HTTP statuses that the five rejection
/// kinds do not have. The upload endpoint turns it into a problem body with the same <c>code</c>
/// field every refusal carries.
/// </summary>
public sealed class PhotoRefusal : Exception
{
    private PhotoRefusal(int status, string code, string title, string message)
        : base(message)
    {
        Status = status;
        Code = code;
        Title = title;
    }

    public int Status { get; }

    public string Code { get; }

    public string Title { get; }

    public static PhotoRefusal TooLarge(long bytes) => new(StatusCodes.Status413PayloadTooLarge, "PAYLOAD_TOO_LARGE", "Photo too large",
        string.Create(CultureInfo.InvariantCulture, $"The photo has {bytes} bytes; at most {PhotoProcessor.MaxBytes} (10 MB) are accepted."));

    public static PhotoRefusal WrongType(string what) => new(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
        "Not a JPEG or PNG photo", $"The file is {what}; send a JPEG or PNG photo (a phone's camera input sends HEIC as JPEG).");

    public static PhotoRefusal Unreadable(string contentType) => new(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE",
        "Unreadable photo", $"The file begins like {contentType} but cannot be read as one.");

    public IResult ToProblem() => Results.Problem(statusCode: Status, title: Title, detail: Message,
        extensions: new Dictionary<string, object?> { ["code"] = Code, ["argument"] = "file" });
}
