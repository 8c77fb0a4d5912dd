using FireMap.Api.Errors;
using Npgsql;

namespace FireMap.Api.Hazards;

/// <summary>
/// Finds what a reported hazard stands on and where it belongs: a subject by id, or a point snapped to
/// the building it falls in, else the nearest place or building within <see cref="SnapToleranceMeters"/>,
/// else the compound it falls in, else a bare point in its community.
/// </summary>
internal static class HazardLocator
{
    /// <summary>How far a reported point may lie from a place or building and still be put on it, in metres.</summary>
    public const double SnapToleranceMeters = 20;

    // The KNN operator finds the nearest place and building through the geography indexes; ST_DWithin bounds them.
    private const string Snap = """
        WITH pt AS (SELECT ST_SetSRID(ST_MakePoint(@lon, @lat), 4326) AS g)
        SELECT s.kind, s.id FROM (
            (SELECT 'building' AS kind, b.id, 0::float8 AS distance, 0 AS rank FROM buildings b, pt
             WHERE ST_Covers(b.geom, pt.g) ORDER BY b.id LIMIT 1)
            UNION ALL
            (SELECT 'place', p.id, ST_Distance(p.geom::geography, pt.g::geography), 1 FROM places p, pt
             WHERE ST_DWithin(p.geom::geography, pt.g::geography, @tolerance) ORDER BY p.geom::geography <-> pt.g::geography, p.id LIMIT 1)
            UNION ALL
            (SELECT 'building', b.id, ST_Distance(b.geom::geography, pt.g::geography), 1 FROM buildings b, pt
             WHERE ST_DWithin(b.geom::geography, pt.g::geography, @tolerance) ORDER BY b.geom::geography <-> pt.g::geography, b.id LIMIT 1)
            UNION ALL
            (SELECT 'compound', x.id, 0, 2 FROM compounds x, pt WHERE ST_Covers(x.geom, pt.g) ORDER BY x.id LIMIT 1)
        ) s
        ORDER BY s.rank, s.distance, s.kind
        LIMIT 1
        """;

    // The location: the point given, else a point on the subject (inside a polygon, mid-way along a lane).
    private const string Place = """
        WITH loc AS (
            SELECT COALESCE(ST_SetSRID(ST_MakePoint(@lon::float8, @lat::float8), 4326), CASE @type::text
                WHEN 'building'  THEN (SELECT ST_PointOnSurface(geom) FROM buildings  WHERE id = @id)
                WHEN 'compound'  THEN (SELECT ST_PointOnSurface(geom) FROM compounds  WHERE id = @id)
                WHEN 'place'     THEN (SELECT geom                    FROM places     WHERE id = @id)
                WHEN 'fire_lane' THEN (SELECT ST_LineInterpolatePoint(geom, 0.5) FROM fire_lanes WHERE id = @id)
            END) AS g)
        SELECT loc.g, p.community_id, p.grid_id FROM loc, hazard_place(@type::text, @id::bigint, loc.g) p
        WHERE loc.g IS NOT NULL
        """;

    public static async Task<HazardLocation> LocateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ReportHazard report,
        CancellationToken cancellationToken)
    {
        var (type, id) = (report.SubjectType, report.SubjectId);
        if (type is null && report.Point is { } point)
        {
            await using var snap = new NpgsqlCommand(Snap, connection, transaction);
            snap.Parameters.AddWithValue("lon", point.Lon);
            snap.Parameters.AddWithValue("lat", point.Lat);
            snap.Parameters.AddWithValue("tolerance", SnapToleranceMeters);
            await using var reader = await snap.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                (type, id) = (reader.GetString(0), reader.GetInt64(1));
            }
        }

        await using var command = new NpgsqlCommand(Place, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter("lon", NpgsqlTypes.NpgsqlDbType.Double) { Value = (object?)report.Point?.Lon ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("lat", NpgsqlTypes.NpgsqlDbType.Double) { Value = (object?)report.Point?.Lat ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("type", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)type ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)id ?? DBNull.Value });
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(1))
            {
                return new HazardLocation(type, id, reader.GetFieldValue<NetTopologySuite.Geometries.Geometry>(0), reader.GetInt64(1),
                    reader.IsDBNull(2) ? null : reader.GetInt64(2));
            }
        }

        throw report.SubjectType is not null
            ? Rejection.Of(RejectionKind.NotFound, $"No {report.SubjectType.Replace('_', ' ')} has id '{report.SubjectId}'", "subjectId")
            : Rejection.BadInput("point", $"({report.Point!.Lon}, {report.Point.Lat}) lies in no community of this area");
    }
}
