using FireMap.Api.Access;
using FireMap.Api.Errors;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace FireMap.Api.Photos;

/// <summary>
/// <c>POST /api/photos</c> (multipart field <c>file</c>, optional <c>keepLocation=true</c>) and
/// <c>GET /api/photos/{id}?size=display|thumbnail|original</c>.
/// </summary>
internal static class PhotoEndpoints
{
    // The multipart framing and the keepLocation field around a 10 MB file.
    private const int FormOverhead = 64 * 1024;

    // A photo's bytes never change under its id, so a browser may keep them; private, since who may
    // see one depends on the user.
    private const string CacheControl = "private, max-age=31536000, immutable";

    public static WebApplication MapPhotoEndpoints(this WebApplication app)
    {
        // Uploading is an operational change: the roles that create the records photos belong to
        // (inspections, visits, hazards). A photo not yet linked is visible to its uploader only.
        app.MapPost("/api/photos", UploadAsync).DisableAntiforgery().Allow(AccessRule.Operate);
        app.MapGet("/api/photos/{id:guid}", GetAsync).Allow(AccessRule.Read);
        return app;
    }

    private static async Task<IResult> UploadAsync(HttpContext context, PhotoRepository photos, CancellationToken cancellationToken)
    {
        var request = context.Request;
        var user = CurrentUser.Of(context);
        if (request.ContentLength > PhotoProcessor.MaxBytes + FormOverhead)
        {
            return PhotoRefusal.TooLarge(request.ContentLength.Value).ToProblem();
        }

        if (!request.HasFormContentType)
        {
            throw Rejection.BadInput("file", "send the photo as multipart/form-data in the field 'file'");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = PhotoProcessor.MaxBytes + FormOverhead }, cancellationToken);
        }
        catch (InvalidDataException)
        {
            return PhotoRefusal.TooLarge(request.ContentLength ?? PhotoProcessor.MaxBytes + 1L).ToProblem();
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return PhotoRefusal.TooLarge(request.ContentLength ?? PhotoProcessor.MaxBytes + 1L).ToProblem();
        }

        var file = form.Files.GetFile("file") ?? throw Rejection.BadInput("file", "no file in the multipart field 'file'");
        if (file.Length > PhotoProcessor.MaxBytes)
        {
            return PhotoRefusal.TooLarge(file.Length).ToProblem();
        }

        if (file.Length == 0)
        {
            throw Rejection.BadInput("file", "the file is empty");
        }

        var keepLocation = KeepLocation(form["keepLocation"].ToString(), request.Query["keepLocation"].ToString());
        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }

        ProcessedPhoto processed;
        try
        {
            processed = PhotoProcessor.Process(bytes, keepLocation);
        }
        catch (PhotoRefusal refusal)
        {
            return refusal.ToProblem();
        }

        var uploaded = await photos.SaveAsync(processed, user, cancellationToken);
        return Results.Created($"/api/photos/{uploaded.Id}", uploaded);
    }

    private static bool KeepLocation(string formValue, string queryValue)
    {
        var value = formValue.Length > 0 ? formValue : queryValue;
        return value.Length == 0 ? false
            : bool.TryParse(value, out var keep) ? keep
            : throw Rejection.BadInput("keepLocation", "must be true or false");
    }

    private static async Task<IResult> GetAsync(Guid id, string? size, HttpContext context, PhotoRepository photos, CancellationToken cancellationToken)
    {
        var user = CurrentUser.Of(context);
        var wanted = size?.ToLowerInvariant() switch
        {
            null or "" or "display" => PhotoSize.Display,
            "thumbnail" => PhotoSize.Thumbnail,
            "original" => PhotoSize.Original,
            _ => throw Rejection.BadInput("size", "must be display, thumbnail or original"),
        };

        var etag = new EntityTagHeaderValue($"\"{id:N}-{wanted.ToString().ToLowerInvariant()}\"");
        var read = await photos.ReadAsync(id, wanted, user, cancellationToken);
        switch (read.Outcome)
        {
            case PhotoReadOutcome.Missing:
                throw Rejection.NotFound("photo", id.ToString());
            case PhotoReadOutcome.Refused:
                throw Rejection.Of(RejectionKind.Forbidden, "This photo belongs to a record outside your scope or rights.");
        }

        // Checked after the rights, so that a cached copy is no way round them.
        var headers = context.Response.GetTypedHeaders();
        headers.CacheControl = CacheControlHeaderValue.Parse(CacheControl);
        headers.ETag = etag;
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(read.Bytes!, read.ContentType);
    }
}
