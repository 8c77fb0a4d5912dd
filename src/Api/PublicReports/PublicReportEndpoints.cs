using System.Globalization;
using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.Photos;
using FireMap.Api.Security;
using FireMap.Spatial.Geometry;
using FireMap.Spatial.Vocabulary;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace FireMap.Api.PublicReports;

/// <summary>
/// <c>POST /api/public-reports</c>: the only write open without an account (multipart fields
/// <c>description</c>, <c>lon</c>, <c>lat</c>, optional <c>photo</c>), rate-limited per client address
/// and size-limited, under the same host-name and cross-site rules as every write.
/// <c>GET /api/public-reports/status/{code}</c>: the outcome by tracking code, anonymous and rate-limited.
/// <c>GET /api/public-reports/{id}/photo</c>: the photo, for staff in the report's scope.
/// </summary>
internal static class PublicReportEndpoints
{
    public const int MinDescription = 5;

    public const int MaxDescription = 1000;

    public static WebApplication MapPublicReportEndpoints(this WebApplication app)
    {
        app.MapPost("/api/public-reports", SubmitAsync).AllowAnonymous().RequireRateLimiting(PublicReportRateLimit.Name).DisableAntiforgery();
        app.MapGet("/api/public-reports/status/{code}", OutcomeAsync).AllowAnonymous().RequireRateLimiting(PublicStatusRateLimit.Name);
        app.MapGet("/api/public-reports/{id:long}/photo", PhotoAsync).Allow(AccessRule.Operate);
        return app;
    }

    private static async Task<IResult> SubmitAsync(HttpContext context, PublicReportCommands commands, IOptions<PublicReportOptions> options,
        CancellationToken cancellationToken)
    {
        var request = context.Request;
        var limit = options.Value.MaxRequestBytes;
        if (request.ContentLength > limit)
        {
            return TooLarge(request.ContentLength.Value, limit);
        }

        // A body sent without a length is cut off at the limit as it arrives.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }

        if (!request.HasFormContentType)
        {
            throw Rejection.BadInput("description", "send the report as multipart/form-data (description, lon, lat, photo)");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException
            || (exception is BadHttpRequestException bad && bad.StatusCode == StatusCodes.Status413PayloadTooLarge))
        {
            return TooLarge(request.ContentLength ?? limit + 1L, limit);
        }

        var description = form["description"].ToString().Trim();
        if (description.Length is < MinDescription or > MaxDescription)
        {
            throw Rejection.BadInput("description", $"describe the hazard in {MinDescription}–{MaxDescription} characters");
        }

        if (TextInput.FindProblem(description) is { } problem)
        {
            throw Rejection.BadInput("description", problem);
        }

        var point = GeoPoint.TryCreate(Number(form["lon"].ToString(), "lon"), Number(form["lat"].ToString(), "lat"), out var error)
            ?? throw Rejection.BadInput("lon", error!);

        byte[]? photo = null;
        if (form.Files.GetFile("photo") is { Length: > 0 } file)
        {
            var bytes = new byte[file.Length];
            await using (var stream = file.OpenReadStream())
            {
                await stream.ReadExactlyAsync(bytes, cancellationToken);
            }

            try
            {
                // The camera's position is dropped with the rest of the metadata: the map point is the report's location.
                photo = PhotoProcessor.Process(bytes, keepLocation: false).Display;
            }
            catch (PhotoRefusal refusal)
            {
                return refusal.ToProblem();
            }
        }

        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var code = await commands.SubmitAsync(description, point, photo, address, cancellationToken);
        return Results.Created($"/api/public-reports/status/{code}", new { trackingCode = code, statusUrl = $"/report-status.html?code={code}" });
    }

    private static async Task<IResult> OutcomeAsync(string code, string? lang, PublicReportRepository reports, CancellationToken cancellationToken)
    {
        var normalised = code.Trim().ToUpperInvariant();
        var language = lang == "en" ? Language.English : Language.Chinese;
        var outcome = normalised.Length == 12 && normalised.All(char.IsAsciiLetterOrDigit)
            ? await reports.OutcomeAsync(normalised, language, cancellationToken)
            : null;
        return outcome is null
            ? throw Rejection.NotFoundMessage("Unknown tracking code", "No report has this tracking code; check the code you were given.")
            : Results.Ok(outcome);
    }

    private static async Task<IResult> PhotoAsync(long id, HttpContext context, PublicReportRepository reports, CancellationToken cancellationToken)
    {
        var found = await reports.PhotoAsync(id, cancellationToken) ?? throw Rejection.NotFound("Public report photo", id);
        var scope = CurrentUser.Of(context).ReadCommunityId;
        if (scope is not null && found.CommunityId != scope)
        {
            throw Rejection.Of(RejectionKind.Forbidden, "This report lies outside your community.");
        }

        context.Response.Headers.CacheControl = "private, no-store";
        return Results.Bytes(found.Photo, "image/jpeg");
    }

    private static double Number(string text, string field) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Rejection.BadInput(field, "give the location as decimal degrees (WGS84)");

    private static IResult TooLarge(long bytes, int limit) => Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Report too large",
        detail: string.Create(CultureInfo.InvariantCulture, $"The report has {bytes} bytes; at most {limit} ({limit / 1024 / 1024} MB, photo included) are accepted."),
        extensions: new Dictionary<string, object?> { ["code"] = "PAYLOAD_TOO_LARGE", ["argument"] = "photo" });
}
