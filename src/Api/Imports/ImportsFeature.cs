using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Changes;
using FireMap.Api.Errors;
using FireMap.Spatial.Interchange;

namespace FireMap.Api.Imports;

/// <summary>
/// Imports (docs/import-formats.md). <c>POST /api/imports</c>: multipart upload of layer files named
/// after their layer (<c>buildings.geojson</c>, <c>hazards.csv</c>, <c>stations.zip</c>, …).
/// <c>POST /api/imports/{layer}</c>: one file of any name into the layer the user chose, with an
/// optional <c>mapping</c> part (JSON) or <c>?mapping=</c> (a saved mapping's name). Both take
/// <c>dryRun</c>, <c>mode</c> (insert, update, upsert), <c>crs</c>, <c>allowUnplaced</c> and, with upsert,
/// <c>retireMissing</c> (and <c>confirmRetire</c>). All
/// files load in one transaction; any problem gets 400 listing every problem, and nothing is
/// written; a dry run answers 200 with the same report and writes nothing.
/// <c>/api/imports/mappings</c>: saved mappings. <c>GET /api/imports/layers</c>: the layers and their
/// fields, for the map's import dialog.
/// </summary>
public static class ImportsFeature
{
    public static WebApplicationBuilder AddImports(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LayerImporter>();
        builder.Services.AddSingleton<MappingRepository>();
        builder.Services.AddOptions<DemoDataOptions>().Bind(builder.Configuration.GetSection(DemoDataOptions.Section));
        builder.Services.AddHostedService<DemoDataLoader>();
        return builder;
    }

    public static WebApplication MapImports(this WebApplication app)
    {
        app.MapPost("/api/imports", ImportFilesAsync).DisableAntiforgery().Allow(AccessRule.Import);
        app.MapPost("/api/imports/{layer}", ImportLayerAsync).DisableAntiforgery().Allow(AccessRule.Import);
        app.MapGet("/api/imports/layers", ListLayers).Allow(AccessRule.Import);
        app.MapGet("/api/imports/mappings", ListMappingsAsync).Allow(AccessRule.Import);
        app.MapGet("/api/imports/mappings/{name}", GetMappingAsync).Allow(AccessRule.Import);
        app.MapPut("/api/imports/mappings/{name}", SaveMappingAsync).Allow(AccessRule.Import);
        return app;
    }

    private static async Task<IResult> ImportFilesAsync(HttpRequest request, bool? allowUnplaced, bool? dryRun, string? mode, string? crs,
        bool? retireMissing, bool? confirmRetire, LayerImporter importer, DataChanges changes, CancellationToken cancellationToken)
    {
        var (form, problem) = await ReadFormAsync(request, cancellationToken);
        if (form is null)
        {
            return problem!;
        }

        var files = new List<ImportFile>();
        foreach (var upload in form.Files)
        {
            var file = ImportFile.ForName(upload.FileName, upload.OpenReadStream);
            if (file is null)
            {
                var expected = ImportFormat.Layers.SelectMany(l => new[] { l.FileName, l.CsvFileName }).OfType<string>().Distinct();
                return RejectionProblem.For(Rejection.BadInputMessage("Unknown layer file",
                    $"'{upload.FileName}' is not a layer file. Expected one of: {string.Join(", ", expected)} (or a layer's name with .zip, .gpkg or .xlsx); to import a file of another name, POST it to /api/imports/{{layer}}."));
            }

            files.Add(file);
        }

        return files.Count == 0
            ? RejectionProblem.For(Rejection.BadInputMessage("No files", "The request carries no files."))
            : await RunAsync(request, files, Options(allowUnplaced, dryRun, mode, crs, null, retireMissing, confirmRetire), importer, changes, cancellationToken);
    }

    private static async Task<IResult> ImportLayerAsync(string layer, HttpRequest request, bool? allowUnplaced, bool? dryRun, string? mode,
        string? crs, string? format, string? mapping, bool? retireMissing, bool? confirmRetire, LayerImporter importer, MappingRepository mappings, DataChanges changes,
        CancellationToken cancellationToken)
    {
        var target = ImportFormat.Find(layer);
        if (target is null)
        {
            return RejectionProblem.For(Rejection.NotFoundMessage("Unknown layer",
                $"There is no layer '{layer}'. Layers: {string.Join(", ", ImportFormat.Layers.Select(l => l.Name))}."));
        }

        var (form, problem) = await ReadFormAsync(request, cancellationToken);
        if (form is null)
        {
            return problem!;
        }

        try
        {
            if (form.Files.Count != 1)
            {
                throw Rejection.BadInput("file", $"send exactly one file part; this request has {form.Files.Count}");
            }

            var upload = form.Files[0];
            var fileFormat = format?.ToLowerInvariant() ?? SourceReader.FormatOf(upload.FileName)
                ?? throw Rejection.BadInput("format", $"cannot tell the format of '{upload.FileName}'; name it .geojson, .zip (shapefile), .gpkg, .csv, .xlsx or .kml, or give format=");
            if (!SourceReader.Formats.Contains(fileFormat))
            {
                throw Rejection.BadInput("format", $"'{format}' is not one of {string.Join(", ", SourceReader.Formats)}");
            }

            FieldMapping? fieldMapping = null;
            if (form.TryGetValue("mapping", out var json) && !string.IsNullOrWhiteSpace(json))
            {
                fieldMapping = FieldMapping.Parse(json.ToString());
            }
            else if (!string.IsNullOrWhiteSpace(mapping))
            {
                fieldMapping = await mappings.GetAsync(mapping, cancellationToken);
            }

            if (fieldMapping?.Layer is { } mappedLayer && ImportFormat.Find(mappedLayer) != target)
            {
                throw Rejection.BadInput("mapping", $"was written for the layer {mappedLayer}, not {target.Name}");
            }

            var file = new ImportFile(target, upload.OpenReadStream, fileFormat == "csv") { Format = fileFormat };
            return await RunAsync(request, [file], Options(allowUnplaced, dryRun, mode, crs, fieldMapping, retireMissing, confirmRetire), importer, changes, cancellationToken);
        }
        catch (Rejection rejection)
        {
            return RejectionProblem.For(rejection);
        }
    }

    private static async Task<IResult> RunAsync(HttpRequest request, List<ImportFile> files, ImportOptions options, LayerImporter importer,
        DataChanges changes, CancellationToken cancellationToken)
    {
        try
        {
            var actor = Actor.Of(request.HttpContext);
            var report = await importer.ImportAsync(files, actor, options, cancellationToken);
            var summary = report.ToSummary();
            if (!report.DryRun && report.Inserted + report.Updated + report.Retired > 0)
            {
                await changes.LayersImportedAsync([.. summary.RecordsByLayer.Keys], actor);
            }

            return Results.Ok(new
            {
                dryRun = report.DryRun,
                mode = report.Mode,
                valid = report.Errors.Count == 0,
                inserted = report.Inserted,
                updated = report.Updated,
                unchanged = report.Unchanged,
                retired = report.Retired,
                refused = report.Refused,
                layers = report.Layers,
                errors = report.Errors,
                imported = summary.RecordsByLayer,
                total = summary.Total,
                skipped = report.Skipped,
            });
        }
        catch (Rejection rejection)
        {
            // A broken file names its layer, record and field; every problem is listed under "errors".
            return RejectionProblem.For(rejection);
        }
    }

    private static ImportOptions Options(bool? allowUnplaced, bool? dryRun, string? mode, string? crs, FieldMapping? mapping,
        bool? retireMissing, bool? confirmRetire)
    {
        var importMode = mode is null ? ImportMode.Insert
            : Enum.TryParse<ImportMode>(mode, ignoreCase: true, out var parsed) && !int.TryParse(mode, out _) ? parsed
            : throw Rejection.BadInput("mode", "must be insert, update or upsert");
        var system = crs is null ? null
            : CoordinateSystem.TryParse(crs) ?? throw Rejection.BadInput("crs", $"'{crs}' is not EPSG:nnnn, CGCS2000, GCJ-02 or BD-09");
        if (retireMissing == true && importMode != ImportMode.Upsert)
        {
            throw Rejection.BadInput("retireMissing", "retires what the file does not name only in an upsert (mode=upsert) of the whole layer");
        }

        return new ImportOptions(importMode, dryRun ?? false, allowUnplaced ?? false, system, mapping, retireMissing ?? false, confirmRetire ?? false);
    }

    private static async Task<(IFormCollection? Form, IResult? Problem)> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Expected multipart/form-data",
                detail: "Upload layer files as multipart/form-data, one part per file.",
                extensions: new Dictionary<string, object?> { ["code"] = "UNSUPPORTED_MEDIA_TYPE" }));
        }

        try
        {
            return (await request.ReadFormAsync(cancellationToken), null);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException or InvalidOperationException
            && !cancellationToken.IsCancellationRequested)
        {
            // A body that does not follow its multipart framing is the sender's fault, not a server error.
            return (null, RejectionProblem.For(Rejection.BadInputMessage("Malformed multipart body",
                "The request body is not well-formed multipart/form-data (boundary, part headers or length).")));
        }
    }

    // What the dialog needs to build a mapping: each layer's fields, which are required, and the codes a choice field takes.
    private static IResult ListLayers() =>
        Results.Ok(ImportFormat.Layers.Select(layer => new
        {
            name = layer.Name,
            geometry = layer.Geometry.ToString(),
            fields = layer.CsvColumns.Select(field => new
            {
                name = field.Name,
                kind = field.Kind.ToString(),
                required = field.Required,
                choices = field.Choices?.Key,
                codes = field.Choices?.Codes,
                references = field.References,
            }),
        }));

    private static async Task<IResult> ListMappingsAsync(MappingRepository mappings, CancellationToken cancellationToken) =>
        Results.Ok(await mappings.ListAsync(cancellationToken));

    private static async Task<IResult> GetMappingAsync(string name, MappingRepository mappings, CancellationToken cancellationToken) =>
        Results.Ok(await mappings.GetAsync(name, cancellationToken));

    private static async Task<IResult> SaveMappingAsync(string name, HttpRequest request, MappingRepository mappings, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var mapping = FieldMapping.Parse(await reader.ReadToEndAsync(cancellationToken));
        await mappings.SaveAsync(name, mapping, Actor.Of(request.HttpContext), cancellationToken);
        return Results.Ok(new { name, layer = mapping.Layer });
    }
}
