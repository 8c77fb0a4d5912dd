using System.Globalization;
using FireMap.Api.Access;
using FireMap.Api.Database;
using FireMap.Spatial.Geometry;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FireMap.Api.Layers;

/// <summary>
/// <c>GET /api/layers/{name}.geojson?bbox=west,south,east,north</c>: a map layer as GeoJSON in WGS84,
/// streamed feature by feature. The blockages layer also takes <c>active=true|false</c> and
/// <c>since=</c> (ISO 8601 time). Without a bbox, a layer larger than
/// <see cref="LayerOptions.MaxFeaturesWithoutBbox"/> is refused.
/// </summary>
public static class LayersFeature
{
    public static WebApplicationBuilder AddLayers(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<LayerOptions>(builder.Configuration.GetSection("FireMap:Layers"));
        return builder;
    }

    public static WebApplication MapLayers(this WebApplication app)
    {
        app.MapGet("/api/layers/{name}.geojson", GetLayerAsync).Allow(AccessRule.Read);
        app.MapLayerExports();
        return app;
    }

    private static async Task<IResult> GetLayerAsync(string name, string? bbox, bool? active, DateTimeOffset? since,
        HttpContext http, ReadReplicas replicas, IOptions<LayerOptions> options, CancellationToken cancellationToken)
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

        // Layers are the map's bulk reads: a standby may serve them, once it has the caller's own writes.
        var dataSource = await replicas.ForReadAsync(ReadYourWrites.WrittenBy(http), cancellationToken);
        var scope = CurrentUser.Of(http).ReadCommunityId;
        if (box is null)
        {
            var limit = options.Value.MaxFeaturesWithoutBbox;
            await using var count = dataSource.CreateCommand(LayerQueries.CountUpTo(select));
            Bind(count, name, null, scope, active, since);
            count.Parameters.Add(new NpgsqlParameter("limit", NpgsqlTypes.NpgsqlDbType.Integer) { Value = limit + 1 });
            if (Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > limit)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Layer too large without bbox",
                    detail: $"The layer '{name}' has more than {limit:N0} features; ask for a bbox (bbox=west,south,east,north) or use the vector tiles /api/tiles/{name}/{{z}}/{{x}}/{{y}}.mvt.");
            }
        }

        var command = dataSource.CreateCommand(LayerQueries.AsFeatureRows(select));
        Bind(command, name, box, scope, active, since);
        return new GeoJsonFeatureStream(command);
    }

    private static void Bind(NpgsqlCommand command, string name, BoundingBox? box, long? scope, bool? active, DateTimeOffset? since)
    {
        BoxParameters.Add(command.Parameters, box);
        // Community staff and grid workers see their community only.
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)scope ?? DBNull.Value });
        if (name == "blockages")
        {
            // Only the blockages layer filters by state and date (the planners' date filter).
            command.Parameters.Add(new NpgsqlParameter("active", NpgsqlTypes.NpgsqlDbType.Boolean) { Value = (object?)active ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("since", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)since?.ToUniversalTime() ?? DBNull.Value });
        }
    }
}
