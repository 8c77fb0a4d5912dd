using System.Globalization;
using System.Security.Cryptography;
using FireMap.Api.Access;
using FireMap.Api.Database;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Npgsql;

namespace FireMap.Api.Layers;

/// <summary>
/// <c>GET /api/tiles/{layer}/{z}/{x}/{y}.mvt</c>: one Mapbox vector tile, cut by PostGIS, under the
/// same access rule and community scope as the GeoJSON layers.
/// <para>
/// The ETag is a hash of the tile's bytes and the answer is <c>private, no-cache</c>: a browser
/// keeps tiles but asks again each time, and gets 304 while the tile is unchanged. Any change to
/// the layer (a building edited, a lane blocked, a new risk run) changes the bytes and so the ETag,
/// whatever path the change came by; nothing can serve a stale tile. Private, because a tile depends
/// on who asks (a community's staff see their community only).
/// </para>
/// </summary>
public static class TileEndpoint
{
    public const string MediaType = "application/vnd.mapbox-vector-tile";

    public static WebApplication MapTiles(this WebApplication app)
    {
        app.MapGet("/api/tiles", GetIndexAsync).Allow(AccessRule.Read);
        app.MapGet("/api/tiles/{layer}/{z:int}/{x:int}/{y:int}.mvt", GetTileAsync).Allow(AccessRule.Read);
        return app;
    }

    /// <summary>
    /// <c>GET /api/tiles</c>: the tiled layers, their URL template and zooms, and whether each is
    /// large in the caller's scope (at least <see cref="LayerOptions.TilesFromFeatures"/> features),
    /// which is when the map draws it from tiles. Counting stops at the threshold, so a city of a
    /// million buildings costs no more to ask about than a sub-district.
    /// </summary>
    private static async Task<IResult> GetIndexAsync(HttpContext http, NpgsqlDataSource dataSource,
        IOptions<LayerOptions> options, CancellationToken cancellationToken)
    {
        var from = options.Value.TilesFromFeatures;
        var scope = CurrentUser.Of(http).ReadCommunityId;
        var layers = new List<object>();
        foreach (var layer in TileLayers.ByName.Values)
        {
            await using var count = dataSource.Routed().CreateCommand(LayerQueries.CountUpTo(layer.Select));
            BoxParameters.Add(count.Parameters, null);
            count.Parameters.Add(new NpgsqlParameter("scope", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)scope ?? DBNull.Value });
            count.Parameters.Add(new NpgsqlParameter("limit", NpgsqlTypes.NpgsqlDbType.Integer) { Value = from });
            var features = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            layers.Add(new
            {
                name = layer.Name,
                tiles = $"api/tiles/{layer.Name}/{{z}}/{{x}}/{{y}}.mvt",
                minZoom = layer.MinZoom,
                detailZoom = layer.DetailZoom,
                maxZoom = TileLayers.MaxZoom,
                large = features >= from,
            });
        }

        http.Response.Headers.CacheControl = "private, no-cache";
        return Results.Json(new { tilesFromFeatures = from, layers });
    }

    private static async Task<IResult> GetTileAsync(string layer, int z, int x, int y,
        HttpContext http, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (!TileLayers.ByName.TryGetValue(layer, out var tiled))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown tile layer",
                detail: $"There is no tile layer '{layer}'. Tile layers: {string.Join(", ", TileLayers.ByName.Keys)}.");
        }

        if (z is < 0 or > TileLayers.MaxZoom || x < 0 || y < 0 || x >= 1L << z || y >= 1L << z)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid tile",
                detail: $"z must be 0–{TileLayers.MaxZoom} and x, y within 0–2^z−1.");
        }

        var tile = z < tiled.MinZoom ? [] : await CutAsync(dataSource, tiled, z, x, y, CurrentUser.Of(http).ReadCommunityId, cancellationToken);
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(tile).AsSpan(0, 12))}\"");
        var response = http.Response;
        response.Headers.CacheControl = "private, no-cache";
        response.Headers.ETag = etag.ToString();
        if (http.Request.GetTypedHeaders().IfNoneMatch.Any(m => m.Compare(etag, useStrongComparison: false)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(tile, MediaType);
    }

    /// <summary>The tile's bytes: empty when nothing of the layer meets it.</summary>
    public static async Task<byte[]> CutAsync(NpgsqlDataSource dataSource, TileLayer layer, int z, int x, int y, long? scope, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(TileLayers.Sql(layer, z));
        command.Parameters.Add(new NpgsqlParameter("z", NpgsqlTypes.NpgsqlDbType.Integer) { Value = z });
        command.Parameters.Add(new NpgsqlParameter("x", NpgsqlTypes.NpgsqlDbType.Integer) { Value = x });
        command.Parameters.Add(new NpgsqlParameter("y", NpgsqlTypes.NpgsqlDbType.Integer) { Value = y });
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)scope ?? DBNull.Value });
        return await command.ExecuteScalarAsync(cancellationToken) as byte[] ?? [];
    }
}
