using System.Globalization;
using System.Text;
using FireMap.Api.Access;
using FireMap.Api.Buildings;
using FireMap.Api.Exports;
using FireMap.Spatial.Geometry;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Proximity;

/// <summary>
/// <c>GET /api/exports/within.csv?layer=buildings|places|hydrants&amp;lon=&amp;lat=&amp;radius=&amp;lang=zh|en</c>:
/// every hit of a radius search (up to <see cref="MaxRows"/>), nearest first, as UTF-8 CSV with a BOM
/// so that Excel opens the Chinese text correctly.
/// </summary>
public static class WithinExportEndpoints
{
    public const int MaxRows = 10_000;

    public static WebApplication MapWithinExports(this WebApplication app)
    {
        app.MapGet("/api/exports/within.csv", ExportAsync).Allow(AccessRule.Export);
        return app;
    }

    private static async Task<IResult> ExportAsync(HttpContext http, string? layer, double? lon, double? lat, double? radius, string? lang,
        CancellationToken cancellationToken)
    {
        var language = lang == "en" ? Language.English : Language.Chinese;
        if (GeoPoint.TryCreate(lon ?? double.NaN, lat ?? double.NaN, out var pointError) is not { } center)
        {
            return Problem("lon/lat", pointError!);
        }

        if (SearchRadius.FindProblem(radius ?? double.NaN) is { } radiusError)
        {
            return Problem("radius", radiusError);
        }

        var area = new SearchArea(center, radius!.Value);
        var services = http.RequestServices;
        var rows = layer switch
        {
            "buildings" => WithinCsvRows.Buildings(await CollectAsync((request, ct) =>
                services.GetRequiredService<BuildingsWithin>().FindAsync(request, BuildingFilter.None, ct), area, cancellationToken), language),
            "places" => WithinCsvRows.Places(await CollectAsync((request, ct) =>
                services.GetRequiredService<PlacesWithin>().FindAsync(request, null, ct), area, cancellationToken), language),
            "hydrants" => WithinCsvRows.Hydrants(await CollectAsync((request, ct) =>
                services.GetRequiredService<HydrantsWithin>().FindAsync(request, ct), area, cancellationToken), language),
            _ => null,
        };
        if (rows is null)
        {
            return Problem("layer", "must be buildings, places or hydrants");
        }

        var fileName = string.Create(CultureInfo.InvariantCulture, $"{layer}-within-{radius:0}m.csv");
        return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CsvText.Write(rows))).ToArray(),
            "text/csv; charset=utf-8", fileName);
    }

    private static async Task<List<Hit<T>>> CollectAsync<T>(Func<WithinRequest, CancellationToken, Task<WithinPage<T>>> find,
        SearchArea area, CancellationToken cancellationToken)
    {
        var hits = new List<Hit<T>>();
        DistanceCursor? after = null;
        while (hits.Count < MaxRows)
        {
            var page = await find(new WithinRequest(area, 500, after), cancellationToken);
            hits.AddRange(page.Hits);
            if (!page.HasNextPage || page.Hits.Count == 0)
            {
                break;
            }

            after = new DistanceCursor(page.Hits[^1].DistanceMeters, page.Hits[^1].Id);
        }

        return hits.Take(MaxRows).ToList();
    }

    private static IResult Problem(string parameter, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Invalid {parameter}", detail: $"{parameter}: {detail}");
}
