using FireMap.Spatial.Interchange;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace FireMap.Api.Layers;

/// <summary>
/// Writes an exported layer as a GeoPackage 1.3 (OGC 12-128r18): the required catalog tables, the
/// layer's coordinate system in <c>gpkg_spatial_ref_sys</c>, one feature table named after the
/// layer with typed columns and the geometry in GeoPackage binary.
/// </summary>
internal static class GeoPackageLayerWriter
{
    // "GPKG" as the SQLite application id, and version 1.3.0.
    private const int ApplicationId = 0x47504B47;
    private const int UserVersion = 10300;

    public static async Task<byte[]> WriteAsync(LayerFormat layer, IReadOnlyList<FieldFormat> fields,
        IReadOnlyList<(string?[] Values, Geometry? Geometry)> rows, int srid, string srsName, string definition, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"firemap-export-{Guid.NewGuid():N}.gpkg");
        try
        {
            await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
            {
                await connection.OpenAsync(cancellationToken);
                var table = layer.Name.Replace('-', '_');
                var geometryType = layer.Geometry switch
                {
                    GeometryKind.MultiPolygon => "MULTIPOLYGON",
                    GeometryKind.LineString => "LINESTRING",
                    _ => "POINT",
                };
                var columns = string.Join(", ", fields.Select(f => $"\"{f.Name}\" {SqlType(f)}"));
                await ExecuteAsync(connection, $"""
                    PRAGMA application_id = {ApplicationId};
                    PRAGMA user_version = {UserVersion};
                    CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
                        organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
                    INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL);
                    INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL);
                    CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
                        description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
                        min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
                    CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
                        srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, PRIMARY KEY (table_name, column_name));
                    CREATE TABLE "{table}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom {geometryType}, {columns});
                    """, [], cancellationToken);
                if (srid is not (0 or -1))
                {
                    await ExecuteAsync(connection, "INSERT INTO gpkg_spatial_ref_sys VALUES ($name, $srid, 'EPSG', $srid, $definition, NULL)",
                        [("$name", srsName), ("$srid", srid), ("$definition", definition)], cancellationToken);
                }

                // The day of the export, not the instant: the same data give the same bytes all day, so byte
                // ranges read in separate requests (GDAL's /vsicurl/) belong to one file.
                await ExecuteAsync(connection,
                    "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id, last_change) VALUES ($table, 'features', $table, $srid, $changed)",
                    [("$table", table), ("$srid", srid), ("$changed", DateTime.UtcNow.ToString("yyyy-MM-dd'T'00:00:00.000'Z'", System.Globalization.CultureInfo.InvariantCulture))],
                    cancellationToken);
                await ExecuteAsync(connection, "INSERT INTO gpkg_geometry_columns VALUES ($table, 'geom', $type, $srid, 0, 0)",
                    [("$table", table), ("$type", geometryType), ("$srid", srid)], cancellationToken);

                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = $"INSERT INTO \"{table}\" (geom, {string.Join(", ", fields.Select(f => $"\"{f.Name}\""))}) VALUES ($geom, {string.Join(", ", fields.Select((_, i) => $"$p{i}"))})";
                var writer = new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY };
                foreach (var (values, geometry) in rows)
                {
                    insert.Parameters.Clear();
                    if (geometry is not null)
                    {
                        geometry.SRID = srid;
                    }

                    insert.Parameters.AddWithValue("$geom", geometry is null ? DBNull.Value : writer.Write(geometry));
                    for (var i = 0; i < fields.Count; i++)
                    {
                        insert.Parameters.AddWithValue($"$p{i}", Value(fields[i], values[i]));
                    }

                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }

            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string SqlType(FieldFormat field) => field.Kind switch
    {
        FieldKind.Integer => "INTEGER",
        FieldKind.Decimal => "REAL",
        FieldKind.Boolean => "BOOLEAN",
        _ => "TEXT",
    };

    private static object Value(FieldFormat field, string? value) => value is null ? DBNull.Value : field.Kind switch
    {
        FieldKind.Integer => long.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
        FieldKind.Decimal => double.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
        FieldKind.Boolean => value == "true" ? 1 : 0,
        _ => value,
    };

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
