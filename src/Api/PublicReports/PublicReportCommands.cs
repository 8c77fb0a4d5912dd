using System.Security.Cryptography;
using System.Text;
using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Changes;
using FireMap.Api.Errors;
using FireMap.Api.Hazards;
using FireMap.Spatial.Geometry;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.PublicReports;

/// <summary>
/// Receives reports from the public and moderates them: turned into a hazard through the hazard
/// workflow, or dismissed with a reason, and a reward recorded. Each change is one transaction with
/// its audit entry; a refused change writes nothing.
/// </summary>
public sealed class PublicReportCommands(
    NpgsqlDataSource dataSource, HazardCommands hazards, PublicReportRepository reports, DataChanges changes, IOptions<PublicReportOptions> options)
{
    /// <summary>The audit actor of a report sent without an account.</summary>
    public const string PublicActor = "public";

    // No 0/O or 1/I: the code is read off a phone screen and typed back.
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private const string Insert = """
        INSERT INTO public_reports (tracking_code, description, geom, community_id, grid_id, photo, client_hash)
        SELECT @code, @description, p.g,
               (SELECT c.id FROM communities c WHERE ST_Intersects(c.geom, p.g) ORDER BY c.id LIMIT 1),
               (SELECT g.id FROM grids g WHERE ST_Intersects(g.geom, p.g) ORDER BY g.id LIMIT 1),
               @photo, @client
        FROM (SELECT ST_SetSRID(ST_MakePoint(@lon, @lat), 4326) AS g) p
        RETURNING id, community_id
        """;

    /// <summary>Stores a report and returns its tracking code. The photo, when given, has passed the photo checks.</summary>
    public async Task<string> SubmitAsync(string description, GeoPoint point, byte[]? photo, string clientAddress, CancellationToken cancellationToken)
    {
        var code = NewTrackingCode();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long id;
        long? community;
        await using (var insert = new NpgsqlCommand(Insert, connection, transaction))
        {
            insert.Parameters.AddWithValue("code", code);
            insert.Parameters.AddWithValue("description", description);
            insert.Parameters.AddWithValue("lon", point.Lon);
            insert.Parameters.AddWithValue("lat", point.Lat);
            insert.Parameters.Add(new NpgsqlParameter("photo", NpgsqlDbType.Bytea) { Value = (object?)photo ?? DBNull.Value });
            insert.Parameters.AddWithValue("client", HashAddress(clientAddress));
            await using var reader = await insert.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            id = reader.GetInt64(0);
            community = reader.IsDBNull(1) ? null : reader.GetInt64(1);
        }

        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "public_reports", id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(PublicActor, "submit", "public_report", id, null, WithoutPhoto(after)), cancellationToken);
        await RecordEvents.WriteAsync(connection, transaction, RecordEvents.ReportSubmitted, id,
            new { id, communityId = community, point.Lon, point.Lat }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return code;
    }

    /// <summary>Turns a waiting report into a hazard through the hazard workflow, in one transaction.</summary>
    public async Task<PublicReportRecord> ConvertAsync(long id, ReportHazard hazard, int expectedVersion, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hazard);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (before, (lon, lat)) = await LockWaitingAsync(connection, transaction, id, expectedVersion, user, cancellationToken);
        var point = GeoPoint.TryCreate(lon, lat, out _)!;
        var made = await hazards.ReportWithinAsync(connection, transaction, hazard with { Point = hazard.SubjectId is null ? point : hazard.Point },
            user, cancellationToken);
        await using (var update = new NpgsqlCommand("""
            UPDATE public_reports SET status = 'converted', hazard_id = @hazard, handled_by = @by, handled_at = now() WHERE id = @id
            """, connection, transaction))
        {
            update.Parameters.AddWithValue("id", id);
            update.Parameters.AddWithValue("hazard", made.Id);
            update.Parameters.AddWithValue("by", user.UserName);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await AuditAsync(connection, transaction, id, "convert", before, user, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (made.CompoundId is long compound)
        {
            await changes.CompoundChangedAsync(compound);
        }

        return (await reports.FindAsync(id, cancellationToken))!;
    }

    public async Task<PublicReportRecord> DismissAsync(long id, string reason, int expectedVersion, CurrentUser user, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (before, _) = await LockWaitingAsync(connection, transaction, id, expectedVersion, user, cancellationToken);
        await using (var update = new NpgsqlCommand("""
            UPDATE public_reports SET status = 'dismissed', dismiss_reason = @reason, handled_by = @by, handled_at = now() WHERE id = @id
            """, connection, transaction))
        {
            update.Parameters.AddWithValue("id", id);
            update.Parameters.AddWithValue("reason", reason);
            update.Parameters.AddWithValue("by", user.UserName);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await AuditAsync(connection, transaction, id, "dismiss", before, user, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await reports.FindAsync(id, cancellationToken))!;
    }

    /// <summary>Records the reward granted for a report that became a hazard; granting twice is a conflict.</summary>
    public async Task<PublicReportRecord> RewardAsync(long id, decimal amount, int expectedVersion, CurrentUser user, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "public_reports", id, cancellationToken)
            ?? throw Rejection.NotFound("Public report", id);
        var current = (await reports.FindAsync(id, cancellationToken))!;
        EnsureScope(current.CommunityId, current.GridId, current.TrackingCode, user);
        EnsureVersion(current.TrackingCode, current.Version, expectedVersion);
        if (current.Status != "converted")
        {
            throw Rejection.Of(RejectionKind.Conflict, $"Report {current.TrackingCode} is {current.Status}: only a report turned into a hazard is rewarded", "id");
        }

        if (current.RewardedAt is not null)
        {
            throw Rejection.Of(RejectionKind.Conflict, $"Report {current.TrackingCode} was already rewarded", "id");
        }

        await using (var update = new NpgsqlCommand(
            "UPDATE public_reports SET reward_cny = @amount, rewarded_at = now(), rewarded_by = @by WHERE id = @id", connection, transaction))
        {
            update.Parameters.AddWithValue("id", id);
            update.Parameters.AddWithValue("amount", amount);
            update.Parameters.AddWithValue("by", user.UserName);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await AuditAsync(connection, transaction, id, "reward", before, user, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await reports.FindAsync(id, cancellationToken))!;
    }

    private static async Task<(string Before, (double Lon, double Lat) Point)> LockWaitingAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        long id, int expectedVersion, CurrentUser user, CancellationToken cancellationToken)
    {
        // The row lock makes a second moderator wait here; they then see the report handled.
        var before = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "public_reports", id, cancellationToken)
            ?? throw Rejection.NotFound("Public report", id);
        await using var command = new NpgsqlCommand("""
            SELECT tracking_code, status, version, community_id, grid_id, ST_X(geom), ST_Y(geom) FROM public_reports WHERE id = @id
            """, connection, transaction);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var code = reader.GetString(0);
        var status = reader.GetString(1);
        var version = reader.GetInt32(2);
        long? community = reader.IsDBNull(3) ? null : reader.GetInt64(3);
        long? grid = reader.IsDBNull(4) ? null : reader.GetInt64(4);
        var point = (reader.GetDouble(5), reader.GetDouble(6));
        await reader.CloseAsync();
        EnsureScope(community, grid, code, user);
        EnsureVersion(code, version, expectedVersion);
        if (status != "received")
        {
            throw Rejection.Of(RejectionKind.Conflict, $"Report {code} was already handled ({status})", "id");
        }

        return (before, point);
    }

    private static void EnsureScope(long? community, long? grid, string code, CurrentUser user)
    {
        // A report outside every community belongs to the sub-district office.
        if (community is long id)
        {
            user.EnsureCanChangeIn(id, grid, $"Report {code}");
        }
        else if (user.ReadCommunityId is not null)
        {
            throw Rejection.Of(RejectionKind.Forbidden, $"Report {code} lies outside every community; the sub-district office handles it.");
        }
    }

    private static void EnsureVersion(string code, int current, int expected)
    {
        if (current != expected)
        {
            throw Rejection.Of(RejectionKind.Conflict, $"Report {code} changed since version {expected} (now {current}); reload and retry", "expectedVersion");
        }
    }

    private static async Task AuditAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, string action, string before,
        CurrentUser user, CancellationToken cancellationToken)
    {
        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "public_reports", id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction,
            new AuditEntry(user.UserName, action, "public_report", id, WithoutPhoto(before), WithoutPhoto(after)), cancellationToken);
    }

    // The photo's bytes would bloat every audit row; the audit says whether there was one.
    private static string? WithoutPhoto(string? snapshot)
    {
        if (snapshot is null)
        {
            return null;
        }

        var node = System.Text.Json.Nodes.JsonNode.Parse(snapshot)!.AsObject();
        node["photo"] = node["photo"] is null ? null : "(photo)";
        return node.ToJsonString();
    }

    private string HashAddress(string address) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{options.Value.AddressSalt}:{address}")))[..32];

    private static string NewTrackingCode() =>
        string.Create(12, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
            }
        });
}
