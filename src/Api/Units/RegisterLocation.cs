using FireMap.Api.Errors;
using FireMap.Spatial.Geometry;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Units;

/// <summary>Where a register record is, and so whose it is: its point, community and grid.</summary>
public sealed record RegisterPlace(Geometry Point, long CommunityId, long? GridId);

/// <summary>
/// Places a record of the registers (units, outreach, enforcement): at the point given, else at the place, the
/// building (a point on its surface) or the unit it concerns. The community and grid are the ones the point lies
/// in; a unit's record takes the unit's own. Runs in the change's transaction.
/// </summary>
public static class RegisterLocation
{
    private const string Sql = """
        WITH loc AS (
            SELECT COALESCE(ST_SetSRID(ST_MakePoint(@lon, @lat), 4326),
                            (SELECT geom FROM places WHERE id = @place),
                            (SELECT ST_PointOnSurface(geom) FROM buildings WHERE id = @building),
                            (SELECT geom FROM units WHERE id = @unit)) AS g)
        SELECT loc.g,
               COALESCE(u.community_id, (SELECT c.id FROM communities c WHERE ST_Covers(c.geom, loc.g) ORDER BY c.id LIMIT 1)),
               CASE WHEN u.id IS NOT NULL THEN u.grid_id
                    ELSE (SELECT g.id FROM grids g WHERE ST_Covers(g.geom, loc.g) ORDER BY g.id LIMIT 1) END
        FROM loc LEFT JOIN units u ON u.id = @unit AND @lon IS NULL
        WHERE loc.g IS NOT NULL
        """;

    /// <summary>NOT_FOUND for an unknown place, building or unit; BAD_USER_INPUT when nothing places it or it lies in no community.</summary>
    public static async Task<RegisterPlace> ResolveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, GeoPoint? point,
        long? placeId, long? buildingId, long? unitId, CancellationToken cancellationToken)
    {
        await ExistsAsync(connection, transaction, "places", "place", placeId, cancellationToken);
        await ExistsAsync(connection, transaction, "buildings", "building", buildingId, cancellationToken);
        await ExistsAsync(connection, transaction, "units", "unit", unitId, cancellationToken);
        await using var command = new NpgsqlCommand(Sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter("lon", NpgsqlDbType.Double) { Value = (object?)point?.Lon ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("lat", NpgsqlDbType.Double) { Value = (object?)point?.Lat ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("place", NpgsqlDbType.Bigint) { Value = (object?)placeId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("building", NpgsqlDbType.Bigint) { Value = (object?)buildingId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("unit", NpgsqlDbType.Bigint) { Value = (object?)unitId ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw Rejection.BadInput("point", "give a point, or a place, building or unit to place the record at");
        }

        return reader.IsDBNull(1)
            ? throw Rejection.BadInput("point", "the location lies in no community of this area")
            : new RegisterPlace(reader.GetFieldValue<Geometry>(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2));
    }

    /// <summary>The community and grid of a community (and grid) code, for records that have no place of their own.</summary>
    public static async Task<(long CommunityId, long? GridId)> AreaAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        string communityCode, string? gridCode, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT c.id, (SELECT g.id FROM grids g WHERE g.code = @grid AND g.community_id = c.id)
            FROM communities c WHERE c.code = @community
            """, connection, transaction);
        command.Parameters.AddWithValue("community", communityCode);
        command.Parameters.Add(new NpgsqlParameter("grid", NpgsqlDbType.Text) { Value = (object?)gridCode ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw Rejection.Of(RejectionKind.NotFound, $"No community has code '{communityCode}'", "communityCode");
        }

        long? grid = reader.IsDBNull(1) ? null : reader.GetInt64(1);
        return gridCode is not null && grid is null
            ? throw Rejection.Of(RejectionKind.NotFound, $"Community {communityCode} has no grid '{gridCode}'", "gridCode")
            : (reader.GetInt64(0), grid);
    }

    private static async Task ExistsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, string entity, long? id,
        CancellationToken cancellationToken)
    {
        if (id is not long key)
        {
            return;
        }

        // Table names come from code, never from input.
        await using var command = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM {table} WHERE id = @id)", connection, transaction);
        command.Parameters.AddWithValue("id", key);
        if (!(bool)(await command.ExecuteScalarAsync(cancellationToken))!)
        {
            throw Rejection.NotFound(entity, key);
        }
    }
}
