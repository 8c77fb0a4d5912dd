using System.Globalization;
using FireMap.Spatial.Interchange;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;

namespace FireMap.Api.Imports;

/// <summary>
/// Reads the features of a GeoPackage (OGC 12-128r18): the one feature table it holds (or the
/// one named like the layer), its geometry through NetTopologySuite's GeoPackage reader, its
/// coordinate system from <c>gpkg_spatial_ref_sys</c>.
/// </summary>
internal static class GeoPackageRecordReader
{
    public static async Task<SourceData> ReadSourceAsync(Stream stream, string layer, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"firemap-gpkg-{Guid.NewGuid():N}.gpkg");
        try
        {
            await using (var file = File.Create(path))
            {
                await stream.CopyToAsync(file, cancellationToken);
            }

            await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            {
                DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
            }.ToString());
            try
            {
                await connection.OpenAsync(cancellationToken);
                return await ReadAsync(connection, layer, cancellationToken);
            }
            catch (SqliteException)
            {
                throw ImportRejection.At(layer, 0, null, "not a readable GeoPackage (an SQLite file with gpkg_contents and gpkg_geometry_columns)");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<SourceData> ReadAsync(SqliteConnection connection, string layer, CancellationToken cancellationToken)
    {
        var tables = new List<(string Table, string Column, int SrsId)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT c.table_name, g.column_name, g.srs_id
                FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
                WHERE c.data_type = 'features' ORDER BY c.table_name
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
            }
        }

        var chosen = tables.Count == 1
            ? tables[0]
            : tables.FirstOrDefault(t => string.Equals(t.Table.Replace('_', '-'), layer, StringComparison.OrdinalIgnoreCase));
        if (chosen.Table is null)
        {
            throw ImportRejection.At(layer, 0, null, tables.Count == 0
                ? "the GeoPackage holds no feature table"
                : $"the GeoPackage holds {tables.Count} feature tables ({string.Join(", ", tables.Select(t => t.Table))}) and none is named '{layer}'");
        }

        var (crs, crsText) = await SystemOfAsync(connection, chosen.SrsId, cancellationToken);
        var geometries = new GeoPackageGeoReader { HandleOrdinates = NetTopologySuite.Geometries.Ordinates.XY };
        var records = new List<ImportRecord>();
        var names = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            // Names come from the file's own catalog and are quoted as identifiers.
            command.CommandText = $"SELECT * FROM \"{chosen.Table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var geometryOrdinal = reader.GetOrdinal(chosen.Column);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (i != geometryOrdinal)
                {
                    names.Add(reader.GetName(i));
                }
            }

            while (await reader.ReadAsync(cancellationToken))
            {
                var values = new Dictionary<string, string?>(StringComparer.Ordinal);
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (i != geometryOrdinal)
                    {
                        values[reader.GetName(i)] = AsText(reader.GetValue(i));
                    }
                }

                var geometry = reader.IsDBNull(geometryOrdinal) ? null : geometries.Read((byte[])reader.GetValue(geometryOrdinal));
                records.Add(new ImportRecord(records.Count + 1, values, geometry is { IsEmpty: false } ? geometry : null));
            }
        }

        return new SourceData("geopackage", records, names, crs, crsText, []);
    }

    private static async Task<(CoordinateSystem?, string?)> SystemOfAsync(SqliteConnection connection, int srsId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = $id";
        command.Parameters.AddWithValue("$id", srsId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return (null, $"srs_id {srsId}");
        }

        var organization = reader.GetString(0);
        var code = reader.GetInt32(1);
        var definition = reader.IsDBNull(2) ? "" : reader.GetString(2);
        if (string.Equals(organization, "EPSG", StringComparison.OrdinalIgnoreCase) && code > 0)
        {
            return (new CoordinateSystem(code), null);
        }

        return CoordinateSystem.EpsgOfWkt(definition) is { } epsg ? (new CoordinateSystem(epsg), null) : (null, definition);
    }

    private static string? AsText(object? value) => value switch
    {
        null or DBNull => null,
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        long whole => whole.ToString(CultureInfo.InvariantCulture),
        byte[] => null,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
