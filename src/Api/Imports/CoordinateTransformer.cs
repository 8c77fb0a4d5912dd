using FireMap.Spatial.Geodesy;
using FireMap.Spatial.Interchange;
using NetTopologySuite.Geometries;
using Npgsql;

namespace FireMap.Api.Imports;

/// <summary>
/// Brings a file's geometries to WGS84: EPSG systems through PostGIS's <c>ST_Transform</c> (PROJ,
/// so any code in <c>spatial_ref_sys</c>), then the web-map offsets (GCJ-02, BD-09) in C#. Runs
/// on its own connection so that a failed transformation never aborts the import's transaction.
/// </summary>
internal sealed class CoordinateTransformer(NpgsqlDataSource dataSource)
{
    /// <summary>Whether PostGIS knows <paramref name="epsg"/>.</summary>
    public async Task<bool> KnowsAsync(int epsg, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM spatial_ref_sys WHERE srid = @srid)");
        command.Parameters.AddWithValue("srid", epsg);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// The EPSG code whose name in <c>spatial_ref_sys</c> matches the name a WKT text gives its system
    /// (letters and digits only, case ignored; Esri's <c>GCS_</c> prefix and <c>_1984</c> spelled as EPSG does), or null.
    /// </summary>
    public async Task<int?> MatchNameAsync(string wkt, CancellationToken cancellationToken)
    {
        var match = System.Text.RegularExpressions.Regex.Match(wkt, "^\\s*[A-Z]+\\[\\s*\"([^\"]*)\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        if (!match.Success)
        {
            return null;
        }

        var key = System.Text.RegularExpressions.Regex.Replace(match.Groups[1].Value.ToLowerInvariant(), "[^a-z0-9]", "", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        key = key.StartsWith("gcs", StringComparison.Ordinal) ? key[3..] : key;
        const string Sql = """
            -- The system's name is the first quoted text of its WKT; compared without punctuation or case.
            SELECT srid FROM spatial_ref_sys
            WHERE auth_name = 'EPSG'
              AND regexp_replace(lower(substring(srtext FROM '^[A-Z]+\["([^"]*)"')), '[^a-z0-9]', '', 'g') IN (@key, replace(@key, '1984', '84'))
            ORDER BY srid LIMIT 1
            """;
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("key", key);
        return await command.ExecuteScalarAsync(cancellationToken) as int?;
    }

    /// <summary>The records with their geometry in WGS84 (EPSG:4326); the input is not changed.</summary>
    /// <exception cref="PostgresException">PROJ could not transform a position (the rejection is made by the caller).</exception>
    public async Task<List<ImportRecord>> ToWgs84Async(IReadOnlyList<ImportRecord> records, CoordinateSystem crs, CancellationToken cancellationToken)
    {
        var result = records.ToList();
        if (crs.Epsg != 4326)
        {
            var indexes = Enumerable.Range(0, result.Count).Where(i => result[i].Geometry is not null).ToList();
            const string Sql = """
                -- One statement for the whole file; the order of the input is kept.
                SELECT ST_Transform(ST_SetSRID(g, @srid), 4326) FROM unnest(@geometries) WITH ORDINALITY AS u(g, i) ORDER BY i
                """;
            await using var command = dataSource.CreateCommand(Sql);
            command.Parameters.AddWithValue("srid", crs.Epsg);
            command.Parameters.AddWithValue("geometries", indexes.Select(i => result[i].Geometry!).ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var n = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                var index = indexes[n++];
                result[index] = result[index] with { Geometry = reader.GetFieldValue<Geometry>(0) };
            }
        }

        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Geometry is { } geometry)
            {
                var copy = geometry.Copy();
                if (crs.WebMap is { } system)
                {
                    copy.Apply(new WebMapFilter(system));
                }

                copy.SRID = 4326;
                result[i] = result[i] with { Geometry = copy };
            }
        }

        return result;
    }

    private sealed class WebMapFilter(WebMapSystem system) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var (lon, lat) = WebMapOffset.ToWgs84(system, seq.GetX(i), seq.GetY(i));
                seq.SetX(i, lon);
                seq.SetY(i, lat);
            }
        }
    }
}
