using FireMap.Api.Access;
using FireMap.Api.Database;
using FireMap.Spatial.Geometry;
using Npgsql;

namespace FireMap.Api.Layers;

/// <summary>
/// <c>GET /api/layers/{name}.geojson?bbox=west,south,east,north</c>: a map layer as GeoJSON in WGS84.
/// The blockages layer also takes <c>active=true|false</c> and <c>since=</c> (ISO 8601 time).
/// </summary>
public static class LayersFeature
{
    public static WebApplication MapLayers(this WebApplication app)
    {
        app.MapGet("/api/layers/{name}.geojson", GetLayerAsync).Allow(AccessRule.Read);
        app.MapLayerExports();
        return app;
    }

    private static async Task<IResult> GetLayerAsync(string name, string? bbox, bool? active, DateTimeOffset? since,
        HttpContext http, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (!LayerQueries.ByName.TryGetValue(name, out var select))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown layer",
                detail: $"There is no layer '{name}'. Layers: {string.Join(", ", LayerQueries.ByName.Keys)}.");
        }

        BoundingBox? box = null;
        if (bbox is not null && (box = BoundingBox.TryParse(bbox, out var error)) is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid bbox", detail: error);
        }

        await using var command = dataSource.CreateCommand(LayerQueries.AsFeatureCollection(select));
        BoxParameters.Add(command.Parameters, box);
        // Community staff and grid workers see their community only.
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)CurrentUser.Of(http).ReadCommunityId ?? DBNull.Value });
        if (name == "blockages")
        {
            // Only the blockages layer filters by state and date (the planners' date filter).
            command.Parameters.Add(new NpgsqlParameter("active", NpgsqlTypes.NpgsqlDbType.Boolean) { Value = (object?)active ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("since", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)since?.ToUniversalTime() ?? DBNull.Value });
        }

        var json = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        return Results.Content(json, "application/geo+json");
    }
}
