using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Changes;
using FireMap.Api.Errors;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Blockages;

/// <summary>
/// Reports and clears blockages. Each change is one transaction with its audit entry; a refused
/// change (<see cref="Rejection"/>) writes nothing.
/// </summary>
public sealed class BlockageCommands(NpgsqlDataSource dataSource, BlockageRepository blockages, DataChanges changes)
{
    /// <summary>
    /// How far from a lane a reported point may lie and still be snapped onto it, in metres: phone
    /// positions are typically good to 5–15 m, and compound lanes run at least that far apart.
    /// </summary>
    public const double SnapToleranceMeters = 20;

    private const string LaneById = """
        SELECT l.id, l.clear_width_m, ST_LineInterpolatePoint(l.geom, 0.5), 0.0::float8, x.community_id, x.grid_id
        FROM fire_lanes l JOIN compounds x ON x.id = l.compound_id
        WHERE l.id = @lane
        """;

    // The KNN operator finds the nearest lane through the geography index; ST_DWithin bounds it.
    private const string NearestLane = """
        SELECT n.id, n.clear_width_m, n.closest, n.distance, x.community_id, x.grid_id
        FROM (
            SELECT id, compound_id, clear_width_m, ST_ClosestPoint(geom, p.g) AS closest, ST_Distance(geom::geography, p.g::geography) AS distance
            FROM fire_lanes, (SELECT ST_SetSRID(ST_MakePoint(@lon, @lat), 4326) AS g) p
            WHERE ST_DWithin(geom::geography, p.g::geography, @tolerance)
            ORDER BY geom::geography <-> p.g::geography, id
            LIMIT 1) n
        JOIN compounds x ON x.id = n.compound_id
        """;

    private const string Insert = """
        INSERT INTO blockages (lane_id, cause, remaining_width_m, reported_at, note, geom)
        VALUES (@lane, @cause, @remaining, now(), @note, @geom)
        RETURNING id
        """;

    public async Task<BlockageRecord> ReportAsync(ReportBlockage report, CurrentUser user, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (laneId, clearWidth, point, community, grid) = await FindLaneAsync(connection, transaction, report, cancellationToken);
        user.EnsureCanChangeIn(community, grid, $"Fire lane {laneId}");
        if (report.RemainingWidthMeters > (double)clearWidth)
        {
            throw Rejection.Of(RejectionKind.BadInput,
                $"remaining width {report.RemainingWidthMeters} m exceeds the lane's clear width {clearWidth} m", "remainingWidthMeters");
        }

        long id;
        await using (var insert = new NpgsqlCommand(Insert, connection, transaction))
        {
            insert.Parameters.AddWithValue("lane", laneId);
            insert.Parameters.AddWithValue("cause", report.Cause);
            insert.Parameters.AddWithValue("remaining", (decimal)Math.Round(report.RemainingWidthMeters, 2));
            insert.Parameters.Add(new NpgsqlParameter("note", NpgsqlDbType.Text) { Value = (object?)report.Note ?? DBNull.Value });
            insert.Parameters.AddWithValue("geom", point);
            id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }

        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "blockages", id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(user.UserName, "report", "blockage", id, null, after), cancellationToken);
        await RecordEvents.WriteAsync(connection, transaction, RecordEvents.BlockageReported, id,
            new { id, laneId, report.Cause, report.RemainingWidthMeters, communityId = community }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var reported = (await blockages.FindAsync(id, cancellationToken))!;
        await changes.CompoundChangedAsync(reported.CompoundId);
        return reported;
    }

    /// <summary>Clears an active blockage; a second clear of the same blockage is a conflict.</summary>
    public async Task<BlockageRecord> ClearAsync(long id, string? note, int? expectedVersion, CurrentUser user, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The row lock makes concurrent clears wait here; the later one then finds the blockage cleared.
        var before = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "blockages", id, cancellationToken)
            ?? throw Rejection.Of(RejectionKind.NotFound, $"No blockage has id '{id}'", "id");
        var current = (await blockages.FindAsync(id, cancellationToken))!;
        var (community, grid) = await ScopeOfCompoundAsync(connection, transaction, current.CompoundId, cancellationToken);
        user.EnsureCanChangeIn(community, grid, $"Blockage {current.Code}");
        if (!current.Active)
        {
            throw Rejection.Of(RejectionKind.Conflict,
                $"Blockage {current.Code} was already cleared at {current.ClearedAt:O}", "id");
        }

        if (expectedVersion is int version && version != current.Version)
        {
            throw Rejection.Of(RejectionKind.Conflict,
                $"Blockage {current.Code} changed since version {version} (now {current.Version}); reload and retry", "expectedVersion");
        }

        await using (var update = new NpgsqlCommand(
            "UPDATE blockages SET cleared_at = now(), note = COALESCE(@note, note) WHERE id = @id", connection, transaction))
        {
            update.Parameters.AddWithValue("id", id);
            update.Parameters.Add(new NpgsqlParameter("note", NpgsqlDbType.Text) { Value = (object?)note ?? DBNull.Value });
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "blockages", id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(user.UserName, "clear", "blockage", id, before, after), cancellationToken);
        await RecordEvents.WriteAsync(connection, transaction, RecordEvents.BlockageCleared, id,
            new { id, current.Code, current.LaneId, current.Cause, communityId = community }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await changes.CompoundChangedAsync(current.CompoundId);
        return (await blockages.FindAsync(id, cancellationToken))!;
    }

    private static async Task<(long Community, long? Grid)> ScopeOfCompoundAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        long compoundId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT community_id, grid_id FROM compounds WHERE id = @id", connection, transaction);
        command.Parameters.AddWithValue("id", compoundId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1));
    }

    private static async Task<(long LaneId, decimal ClearWidth, NetTopologySuite.Geometries.Geometry Point, long Community, long? Grid)> FindLaneAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, ReportBlockage report, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(report.LaneId is null ? NearestLane : LaneById, connection, transaction);
        if (report.LaneId is long laneId)
        {
            command.Parameters.AddWithValue("lane", laneId);
        }
        else
        {
            command.Parameters.AddWithValue("lon", report.Point!.Lon);
            command.Parameters.AddWithValue("lat", report.Point.Lat);
            command.Parameters.AddWithValue("tolerance", SnapToleranceMeters);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw report.LaneId is null
                ? Rejection.Of(RejectionKind.BadInput,
                    $"No fire lane lies within {SnapToleranceMeters} m of ({report.Point!.Lon}, {report.Point.Lat}); give laneId or a point on a lane", "point")
                : Rejection.Of(RejectionKind.NotFound, $"No fire lane has id '{report.LaneId}'", "laneId");
        }

        return (reader.GetInt64(0), reader.GetDecimal(1), reader.GetFieldValue<NetTopologySuite.Geometries.Geometry>(2),
            reader.GetInt64(4), reader.IsDBNull(5) ? null : reader.GetInt64(5));
    }
}
