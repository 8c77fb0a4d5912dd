namespace FireMap.Api.Imports;

/// <summary>
/// <c>POST /api/imports</c>: multipart upload of layer files named as in docs/import-formats.md
/// (e.g. <c>buildings.geojson</c>, <c>hazards.csv</c>). All files load in one transaction; a
/// broken file gets 400 with the layer, record and field, and nothing is written.
/// </summary>
public static class ImportEndpoints
{
    public static WebApplicationBuilder AddImports(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<LayerImporter>();
        return builder;
    }

    public static WebApplication MapImports(this WebApplication app)
    {
        app.MapPost("/api/imports", ImportAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, LayerImporter importer, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Expected multipart/form-data",
                detail: "Upload layer files as multipart/form-data, one part per file.");
        }

        var form = await request.ReadFormAsync(cancellationToken);
        var files = new List<ImportFile>();
        foreach (var upload in form.Files)
        {
            var layer = LayerCatalog.Layers.FirstOrDefault(l => string.Equals(l.FileName, upload.FileName, StringComparison.OrdinalIgnoreCase));
            if (layer is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown layer file",
                    detail: $"'{upload.FileName}' is not a layer file. Expected one of: {string.Join(", ", LayerCatalog.Layers.Select(l => l.FileName))}.");
            }

            files.Add(new ImportFile(layer, upload.OpenReadStream));
        }

        if (files.Count == 0)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No files", detail: "The request carries no files.");
        }

        try
        {
            var summary = await importer.ImportAsync(files, actor: "api", cancellationToken);
            return Results.Ok(new { imported = summary.RecordsByLayer, total = summary.Total });
        }
        catch (ImportException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Import rejected", detail: e.Message,
                extensions: new Dictionary<string, object?> { ["layer"] = e.Layer, ["record"] = e.Record, ["field"] = e.Field });
        }
    }
}
