using System.Security.Cryptography;
using FireMap.Api.Access;
using FireMap.Api.Database;
using FireMap.Api.Errors;
using FireMap.Spatial.Geodesy;
using FireMap.Spatial.Interchange;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using NetTopologySuite.Geometries;
using Npgsql;

namespace FireMap.Api.Layers;

/// <summary>
/// <c>GET /api/exports/layers/{layer}.{geojson|zip|gpkg|csv|xlsx|kml}?crs=</c>: a layer in the import
/// format (docs/import-formats.md), in any EPSG system PostGIS knows or GCJ-02/BD-09, scoped to the
/// caller's community; the file imports back unchanged (<c>POST /api/imports/{layer}?mode=upsert</c>).
/// <c>HEAD</c> and byte ranges (<c>Range: bytes=…</c>, with an ETag for <c>If-Range</c>) are answered so that
/// GDAL's <c>/vsicurl/</c> can open a GeoPackage or shapefile in place.
/// </summary>
public static class LayerExportEndpoints
{
    public static WebApplication MapLayerExports(this WebApplication app)
    {
        app.MapMethods("/api/exports/layers/{name}.{extension}", [HttpMethods.Get, HttpMethods.Head], ExportAsync).Allow(AccessRule.Export);
        return app;
    }

    private static async Task<IResult> ExportAsync(string name, string extension, string? crs, HttpContext http, NpgsqlDataSource dataSource,
        CancellationToken cancellationToken)
    {
        var layer = ImportFormat.Find(name);
        var format = LayerFileWriter.Formats.FirstOrDefault(pair => pair.Value.Extension == extension.ToLowerInvariant()).Key;
        if (layer is null || format is null)
        {
            return RejectionProblem.For(Rejection.NotFoundMessage("Unknown export",
                $"Export a layer ({string.Join(", ", ImportFormat.Layers.Select(l => l.Name))}) as .geojson, .zip (shapefile), .gpkg, .csv, .xlsx or .kml."));
        }

        var system = crs is null ? CoordinateSystem.Wgs84
            : CoordinateSystem.TryParse(crs) ?? throw Rejection.BadInput("crs", $"'{crs}' is not EPSG:nnnn, CGCS2000, GCJ-02 or BD-09");
        if (format == "kml" && !system.IsWgs84)
        {
            throw Rejection.BadInput("crs", "KML positions are WGS84 longitude, latitude; export KML without crs=");
        }

        var definition = await DefinitionAsync(dataSource, system.Epsg, cancellationToken)
            ?? throw Rejection.BadInput("crs", $"{system} is not a coordinate system PostGIS knows");

        var fields = LayerExportQuery.Fields(layer);
        var rows = await LayerExportQuery.ReadAsync(dataSource, layer, system.Epsg, CurrentUser.Of(http).ReadCommunityId, cancellationToken);
        if (system.WebMap is { } webMap)
        {
            foreach (var (_, geometry) in rows)
            {
                geometry?.Apply(new WebMapForward(webMap));
            }
        }

        var points = layer.Geometry is GeometryKind.Point or GeometryKind.OptionalLonLat;
        var bytes = format switch
        {
            "geojson" => LayerFileWriter.GeoJson(layer, fields, rows, system),
            "shapefile" => LayerFileWriter.Shapefile(layer, fields, rows, definition.Wkt),
            "geopackage" => await GeoPackageLayerWriter.WriteAsync(layer, fields, rows, system.Epsg, definition.Name, definition.Wkt, cancellationToken),
            "csv" => LayerFileWriter.Csv(fields, rows, points),
            "kml" => Kml.Write(layer.Name, [.. fields.Select(f => f.Name)], rows, layer.Field("name") is null ? null : "name"),
            _ => LayerFileWriter.Xlsx(fields, rows, points),
        };
        var (fileExtension, contentType) = LayerFileWriter.Formats[format];
        if (http.Request.Headers.Range.Count > 0 && http.Features.Get<IHttpsCompressionFeature>() is { } compression)
        {
            // Byte offsets are of the file itself: a compressed part would be of another representation.
            compression.Mode = HttpsCompressionMode.DoNotCompress;
        }

        // The same data give the same bytes, so a hash of them tells a reader whether its earlier ranges still fit.
        var tag = new EntityTagHeaderValue($"\"{Convert.ToHexString(SHA256.HashData(bytes), 0, 16)}\"");
        return Results.File(bytes, contentType, $"{layer.Name}.{fileExtension}", enableRangeProcessing: true, entityTag: tag);
    }

    private static async Task<(string Name, string Wkt)?> DefinitionAsync(NpgsqlDataSource dataSource, int srid, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand("SELECT split_part(srtext, '\"', 2), srtext FROM spatial_ref_sys WHERE srid = @srid");
        command.Parameters.AddWithValue("srid", srid);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    private sealed class WebMapForward(WebMapSystem system) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (lon, lat) = WebMapOffset.FromWgs84(system, seq.GetX(i), seq.GetY(i));
                seq.SetX(i, lon);
                seq.SetY(i, lat);
            }
        }
    }
}
