using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Changes;
using FireMap.Api.Errors;
using FireMap.Spatial.Interchange;

namespace FireMap.Api.Imports;

/// <summary>
/// <c>POST /api/imports[?allowUnplaced=true]</c>: multipart upload of layer files named as in
/// docs/import-formats.md (e.g. <c>buildings.geojson</c>, <c>hazards.csv</c>, <c>places.csv</c>).
/// All files load in one transaction; a broken file gets 400 with the layer, record and field, and
/// nothing is written. CSV rows of point layers without lon/lat are placed by their address; rows
/// the geocoder cannot place refuse the import (400, listed) unless <c>allowUnplaced</c> skips them.
/// </summary>
public static class ImportsFeature
{
    public static WebApplicationBuilder AddImports(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LayerImporter>();
        builder.Services.AddOptions<DemoDataOptions>().Bind(builder.Configuration.GetSection(DemoDataOptions.Section));
        builder.Services.AddHostedService<DemoDataLoader>();
        return builder;
    }

    public static WebApplication MapImports(this WebApplication app)
    {
        app.MapPost("/api/imports", ImportAsync).DisableAntiforgery().Allow(AccessRule.Import);
        return app;
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, bool? allowUnplaced, LayerImporter importer, DataChanges changes,
        CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Expected multipart/form-data",
                detail: "Upload layer files as multipart/form-data, one part per file.",
                extensions: new Dictionary<string, object?> { ["code"] = "UNSUPPORTED_MEDIA_TYPE" });
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException or InvalidOperationException
            && !cancellationToken.IsCancellationRequested)
        {
            // A body that does not follow its multipart framing is the sender's fault, not a server error.
            return RejectionProblem.For(Rejection.BadInputMessage("Malformed multipart body",
                "The request body is not well-formed multipart/form-data (boundary, part headers or length)."));
        }

        var files = new List<ImportFile>();
        foreach (var upload in form.Files)
        {
            var file = ImportFile.ForName(upload.FileName, upload.OpenReadStream);
            if (file is null)
            {
                var expected = ImportFormat.Layers.SelectMany(l => new[] { l.FileName, l.CsvFileName }).OfType<string>().Distinct();
                return RejectionProblem.For(Rejection.BadInputMessage("Unknown layer file",
                    $"'{upload.FileName}' is not a layer file. Expected one of: {string.Join(", ", expected)}."));
            }

            files.Add(file);
        }

        if (files.Count == 0)
        {
            return RejectionProblem.For(Rejection.BadInputMessage("No files", "The request carries no files."));
        }

        try
        {
            var actor = Actor.Of(request.HttpContext);
            var summary = await importer.ImportAsync(files, actor, allowUnplaced ?? false, cancellationToken);
            await changes.LayersImportedAsync([.. summary.RecordsByLayer.Keys], actor);
            return Results.Ok(new { imported = summary.RecordsByLayer, total = summary.Total, skipped = summary.Skipped });
        }
        catch (Rejection rejection)
        {
            // A broken file names its layer, record and field; unplaced rows are listed under "unplaced".
            return RejectionProblem.For(rejection);
        }
    }
}
