using System.Globalization;
using FireMap.Api.Access;
using FireMap.Api.Database;
using FireMap.Spatial.Geometry;
using Npgsql;

namespace FireMap.Api.FieldWork;

/// <summary>
/// <c>GET /api/layers/uninspected.geojson?from=&amp;to=&amp;communityCode=&amp;gridCode=&amp;bbox=</c>: the high-rise buildings,
/// compounds and places not inspected in the period (default: the last 30 days), as points, scoped like the other layers.
/// </summary>
public static class UninspectedLayerEndpoint
{
    public static WebApplication MapUninspectedLayer(this WebApplication app)
    {
        app.MapGet("/api/layers/uninspected.geojson", GetAsync).Allow(AccessRule.Read);
        return app;
    }

    private static async Task<IResult> GetAsync(DateOnly? from, DateOnly? to, string? communityCode, string? gridCode, string? bbox,
        HttpContext http, NpgsqlDataSource dataSource, Hazards.HazardCalendar calendar, CancellationToken cancellationToken)
    {
        BoundingBox? box = null;
        if (bbox is not null && (box = BoundingBox.TryParse(bbox, out var error)) is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid bbox", detail: error);
        }

        var last = to ?? calendar.Today;
        var first = from ?? last.AddDays(-29);
        if (last < first || last.DayNumber - first.DayNumber > 365)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid period", detail: "from must not be after to, at most 366 days.");
        }

        await using var command = dataSource.Routed().CreateCommand($"""
            SELECT json_build_object('type', 'FeatureCollection', 'features', COALESCE(json_agg(json_build_object(
                'type', 'Feature', 'id', f.subject_type || '-' || f.id, 'geometry', ST_AsGeoJSON(f.geom, 7)::json,
                'properties', json_build_object('subject_type', f.subject_type, 'subject_id', f.id, 'code', f.code, 'name', f.name,
                                                'category', f.category, 'group', f.grp, 'community_code', f.community_code, 'grid_code', f.grid_code))
                ORDER BY f.grp, f.code), '[]'::json))::text
            FROM ({CoverageSql.Subjects}) f
            WHERE NOT f.inspected AND {string.Format(CultureInfo.InvariantCulture, BoxParameters.Filter, "f")}
            """);
        InspectionCoverageRepository.Bind(command, new CoverageQuery(first, last, CurrentUser.Of(http).ReadCommunityId, communityCode, gridCode));
        BoxParameters.Add(command.Parameters, box);
        return Results.Content((string)(await command.ExecuteScalarAsync(cancellationToken))!, "application/geo+json");
    }
}
