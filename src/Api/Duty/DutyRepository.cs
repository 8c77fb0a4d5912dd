using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Database;
using FireMap.Api.Errors;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Duty;

/// <summary>
/// Duty rosters, event venues and readiness checks: lists scoped to the reader's community, changes scoped
/// to the writer's, each one transaction with its audit entry and a version check.
/// </summary>
public sealed class DutyRepository(NpgsqlDataSource dataSource)
{
    private const string RosterSelect = """
        SELECT r.id, r.kind, r.title, r.community_id, c.code, r.place_id, r.venue_id, r.starts_on, r.ends_on, r.posts, r.leader, r.note, r.version
        FROM duty_rosters r JOIN communities c ON c.id = r.community_id
        """;

    private const string VenueSelect = """
        SELECT v.id, v.event_name, v.venue_name, v.community_id, c.code, v.place_id, v.starts_on, v.ends_on, v.inspected_on, v.risk_level,
               v.assessment, v.version, ST_AsGeoJSON(v.geom, 7)
        FROM event_venues v JOIN communities c ON c.id = v.community_id
        """;

    private const string CheckSelect = """
        SELECT k.id, k.station_id, s.name, s.kind, k.checked_on, k.equipment_ok, k.staff_on_duty, k.drill_done, k.joint_training, k.note,
               k.checked_by, k.version
        FROM readiness_checks k JOIN stations s ON s.id = k.station_id
        """;

    // The next period of raised risk: the one in progress or the first to start after today (China time).
    private const string Coverage = """
        WITH p AS (SELECT name, kind, starts_on, ends_on FROM risk_periods WHERE ends_on >= @today ORDER BY starts_on, id LIMIT 1),
             d AS (SELECT day::date AS day FROM p, generate_series(GREATEST(p.starts_on, @today), p.ends_on, interval '1 day') day)
        SELECT p.name, p.kind, p.starts_on, p.ends_on, d.day,
               COALESCE((SELECT sum(r.posts) FROM duty_rosters r
                         WHERE d.day BETWEEN r.starts_on AND r.ends_on
                           AND (@community::text IS NULL OR r.community_id = (SELECT id FROM communities WHERE code = @community))
                           AND (@scope::bigint IS NULL OR r.community_id = @scope)), 0)::int
        FROM p LEFT JOIN d ON true
        ORDER BY d.day
        """;

    public async Task<IReadOnlyList<DutyRosterRecord>> RostersAsync(DateOnly? from, DateOnly? to, string? kind, string? community, long? scope,
        CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"""
            {RosterSelect}
            WHERE (@from::date IS NULL OR r.ends_on >= @from) AND (@to::date IS NULL OR r.starts_on <= @to)
              AND (@kind::text IS NULL OR r.kind = @kind) AND (@community::text IS NULL OR c.code = @community)
              AND (@scope::bigint IS NULL OR r.community_id = @scope)
            ORDER BY r.starts_on, r.id LIMIT 5000
            """);
        Add(command, "from", NpgsqlDbType.Date, from);
        Add(command, "to", NpgsqlDbType.Date, to);
        Add(command, "kind", NpgsqlDbType.Text, kind);
        Add(command, "community", NpgsqlDbType.Text, community);
        Add(command, "scope", NpgsqlDbType.Bigint, scope);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<DutyRosterRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(ReadRoster(reader));
        }

        return rows;
    }

    public async Task<IReadOnlyList<EventVenueRecord>> VenuesAsync(DateOnly? from, string? community, long? scope, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"""
            {VenueSelect}
            WHERE (@from::date IS NULL OR v.ends_on >= @from) AND (@community::text IS NULL OR c.code = @community)
              AND (@scope::bigint IS NULL OR v.community_id = @scope)
            ORDER BY v.starts_on, v.id LIMIT 5000
            """);
        Add(command, "from", NpgsqlDbType.Date, from);
        Add(command, "community", NpgsqlDbType.Text, community);
        Add(command, "scope", NpgsqlDbType.Bigint, scope);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<EventVenueRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(ReadVenue(reader));
        }

        return rows;
    }

    public async Task<IReadOnlyList<ReadinessCheckRecord>> ChecksAsync(DateOnly? from, long? stationId, long? scope, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"""
            {CheckSelect}
            WHERE (@from::date IS NULL OR k.checked_on >= @from) AND (@station::bigint IS NULL OR k.station_id = @station)
              AND (@scope::bigint IS NULL OR s.community_id = @scope)
            ORDER BY k.checked_on DESC, k.id DESC LIMIT 5000
            """);
        Add(command, "from", NpgsqlDbType.Date, from);
        Add(command, "station", NpgsqlDbType.Bigint, stationId);
        Add(command, "scope", NpgsqlDbType.Bigint, scope);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<ReadinessCheckRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ReadinessCheckRecord(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3),
                reader.GetFieldValue<DateOnly>(4), reader.GetBoolean(5), reader.GetInt32(6), reader.GetBoolean(7), reader.GetBoolean(8),
                reader.GetNullableString(9), reader.GetString(10), reader.GetInt32(11)));
        }

        return rows;
    }

    public async Task<DutyCoverage> CoverageAsync(DateOnly today, string? community, long? scope, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        return await CoverageAsync(connection, today, community, scope, cancellationToken);
    }

    /// <summary>The coverage on a given connection (the monthly report compiles it in its own).</summary>
    public static async Task<DutyCoverage> CoverageAsync(NpgsqlConnection connection, DateOnly today, string? community, long? scope,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Coverage, connection);
        command.Parameters.Add(new NpgsqlParameter("today", NpgsqlDbType.Date) { Value = today });
        Add(command, "community", NpgsqlDbType.Text, community);
        Add(command, "scope", NpgsqlDbType.Bigint, scope);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        string? name = null, kind = null;
        DateOnly? starts = null, ends = null;
        var days = 0;
        var postDays = 0;
        var uncovered = new List<DateOnly>();
        while (await reader.ReadAsync(cancellationToken))
        {
            (name, kind, starts, ends) = (reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2), reader.GetFieldValue<DateOnly>(3));
            if (reader.IsDBNull(4))
            {
                continue;
            }

            days++;
            var posts = reader.GetInt32(5);
            postDays += posts;
            if (posts == 0)
            {
                uncovered.Add(reader.GetFieldValue<DateOnly>(4));
            }
        }

        return new DutyCoverage(name, kind, starts, ends, days, postDays, uncovered);
    }

    /// <summary>Creates a roster (<paramref name="id"/> null) or changes one at <paramref name="expectedVersion"/>.</summary>
    public async Task<DutyRosterRecord> SaveRosterAsync(long? id, int? expectedVersion, DutyRosterInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var communityId = await CommunityIdAsync(connection, transaction, input.CommunityCode, cancellationToken);
        user.EnsureCanChangeIn(communityId, null, $"Community {input.CommunityCode}");
        string? before = null;
        if (id is long existing)
        {
            before = await LockAsync(connection, transaction, "duty_rosters", existing, expectedVersion, user, cancellationToken);
        }

        await using var save = new NpgsqlCommand(id is null
            ? """
              INSERT INTO duty_rosters (kind, title, community_id, place_id, venue_id, starts_on, ends_on, posts, leader, note, updated_by)
              VALUES (@kind, @title, @community, @place, @venue, @starts, @ends, @posts, @leader, @note, @by) RETURNING id
              """
            : """
              UPDATE duty_rosters SET kind = @kind, title = @title, community_id = @community, place_id = @place, venue_id = @venue,
                     starts_on = @starts, ends_on = @ends, posts = @posts, leader = @leader, note = @note, updated_by = @by
              WHERE id = @id RETURNING id
              """, connection, transaction);
        save.Parameters.AddWithValue("kind", input.Kind);
        save.Parameters.AddWithValue("title", input.Title);
        save.Parameters.AddWithValue("community", communityId);
        Add(save, "place", NpgsqlDbType.Bigint, input.PlaceId);
        Add(save, "venue", NpgsqlDbType.Bigint, input.VenueId);
        save.Parameters.AddWithValue("starts", input.StartsOn);
        save.Parameters.AddWithValue("ends", input.EndsOn);
        save.Parameters.AddWithValue("posts", input.Posts);
        Add(save, "leader", NpgsqlDbType.Text, input.Leader);
        Add(save, "note", NpgsqlDbType.Text, input.Note);
        save.Parameters.AddWithValue("by", user.UserName);
        Add(save, "id", NpgsqlDbType.Bigint, id);
        var savedId = (long)(await save.ExecuteScalarAsync(cancellationToken))!;
        await AuditAsync(connection, transaction, "duty_rosters", "duty_roster", id is null ? "create" : "update", savedId, before, user, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await RostersByIdAsync(savedId, cancellationToken))!;
    }

    public async Task<EventVenueRecord> SaveVenueAsync(long? id, int? expectedVersion, EventVenueInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var communityId = await CommunityIdAsync(connection, transaction, input.CommunityCode, cancellationToken);
        user.EnsureCanChangeIn(communityId, null, $"Community {input.CommunityCode}");
        string? before = null;
        if (id is long existing)
        {
            before = await LockAsync(connection, transaction, "event_venues", existing, expectedVersion, user, cancellationToken);
        }

        await using var save = new NpgsqlCommand(id is null
            ? """
              INSERT INTO event_venues (event_name, venue_name, community_id, place_id, starts_on, ends_on, inspected_on, risk_level, assessment, geom, updated_by)
              VALUES (@event, @venue, @community, @place, @starts, @ends, @inspected, @level, @assessment, ST_SetSRID(ST_MakePoint(@lon, @lat), 4326), @by)
              RETURNING id
              """
            : """
              UPDATE event_venues SET event_name = @event, venue_name = @venue, community_id = @community, place_id = @place, starts_on = @starts,
                     ends_on = @ends, inspected_on = @inspected, risk_level = @level, assessment = @assessment,
                     geom = ST_SetSRID(ST_MakePoint(@lon, @lat), 4326), updated_by = @by
              WHERE id = @id RETURNING id
              """, connection, transaction);
        save.Parameters.AddWithValue("event", input.EventName);
        save.Parameters.AddWithValue("venue", input.VenueName);
        save.Parameters.AddWithValue("community", communityId);
        Add(save, "place", NpgsqlDbType.Bigint, input.PlaceId);
        save.Parameters.AddWithValue("starts", input.StartsOn);
        save.Parameters.AddWithValue("ends", input.EndsOn);
        Add(save, "inspected", NpgsqlDbType.Date, input.InspectedOn);
        Add(save, "level", NpgsqlDbType.Text, input.RiskLevel);
        Add(save, "assessment", NpgsqlDbType.Text, input.Assessment);
        save.Parameters.AddWithValue("lon", input.Point.Lon);
        save.Parameters.AddWithValue("lat", input.Point.Lat);
        save.Parameters.AddWithValue("by", user.UserName);
        Add(save, "id", NpgsqlDbType.Bigint, id);
        var savedId = (long)(await save.ExecuteScalarAsync(cancellationToken))!;
        await AuditAsync(connection, transaction, "event_venues", "event_venue", id is null ? "create" : "update", savedId, before, user, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await using var read = dataSource.Routed().CreateCommand($"{VenueSelect} WHERE v.id = @id");
        read.Parameters.AddWithValue("id", savedId);
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return ReadVenue(reader);
    }

    public async Task<ReadinessCheckRecord> RecordCheckAsync(ReadinessCheckInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var station = new NpgsqlCommand("SELECT kind, community_id FROM stations WHERE id = @id", connection, transaction))
        {
            station.Parameters.AddWithValue("id", input.StationId);
            await using var reader = await station.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw Rejection.NotFound("Station", input.StationId);
            }

            if (reader.GetString(0) is not ("micro_station" or "subdistrict_brigade"))
            {
                throw Rejection.BadInput("stationId", "readiness checks are for micro fire stations and the sub-district brigade");
            }

            long? community = reader.IsDBNull(1) ? null : reader.GetInt64(1);
            await reader.CloseAsync();
            if (community is long c)
            {
                user.EnsureCanChangeIn(c, null, $"Station {input.StationId}");
            }
            else if (user.ReadCommunityId is not null)
            {
                throw Rejection.Of(RejectionKind.Forbidden, "That station belongs to no community; the sub-district office checks it.");
            }
        }

        long id;
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO readiness_checks (station_id, checked_on, equipment_ok, staff_on_duty, drill_done, joint_training, note, checked_by)
            VALUES (@station, @on, @equipment, @staff, @drill, @joint, @note, @by) RETURNING id
            """, connection, transaction))
        {
            insert.Parameters.AddWithValue("station", input.StationId);
            insert.Parameters.AddWithValue("on", input.CheckedOn);
            insert.Parameters.AddWithValue("equipment", input.EquipmentOk);
            insert.Parameters.AddWithValue("staff", input.StaffOnDuty);
            insert.Parameters.AddWithValue("drill", input.DrillDone);
            insert.Parameters.AddWithValue("joint", input.JointTraining);
            Add(insert, "note", NpgsqlDbType.Text, input.Note);
            insert.Parameters.AddWithValue("by", user.UserName);
            id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }

        await AuditAsync(connection, transaction, "readiness_checks", "readiness_check", "record", id, null, user, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await ChecksAsync(null, input.StationId, null, cancellationToken)).First(c => c.Id == id);
    }

    private async Task<DutyRosterRecord?> RostersByIdAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"{RosterSelect} WHERE r.id = @id");
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadRoster(reader) : null;
    }

    // Locks the row, checks the version and that the user may change the record's current community.
    private static async Task<string> LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, long id, int? expectedVersion,
        CurrentUser user, CancellationToken cancellationToken)
    {
        var before = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, table, id, cancellationToken)
            ?? throw Rejection.NotFound(table == "duty_rosters" ? "Duty roster" : "Event venue", id);
        await using var command = new NpgsqlCommand($"SELECT version, community_id FROM {table} WHERE id = @id", connection, transaction);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (version, community) = (reader.GetInt32(0), reader.GetInt64(1));
        await reader.CloseAsync();
        user.EnsureCanChangeIn(community, null, $"Record {id}");
        if (expectedVersion != version)
        {
            throw Rejection.Of(RejectionKind.Conflict, $"Record {id} changed since version {expectedVersion} (now {version}); reload and retry", "expectedVersion");
        }

        return before;
    }

    private static async Task<long> CommunityIdAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string code, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT id FROM communities WHERE code = @code", connection, transaction);
        command.Parameters.AddWithValue("code", code);
        return await command.ExecuteScalarAsync(cancellationToken) as long? ?? throw Rejection.BadInput("communityCode", $"no community has the code '{code}'");
    }

    private static async Task AuditAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string table, string entity, string action, long id,
        string? before, CurrentUser user, CancellationToken cancellationToken)
    {
        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, table, id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(user.UserName, action, entity, id, before, after), cancellationToken);
    }

    private static void Add(NpgsqlCommand command, string name, NpgsqlDbType type, object? value) =>
        command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value ?? DBNull.Value });

    private static DutyRosterRecord ReadRoster(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetInt64(5), reader.IsDBNull(6) ? null : reader.GetInt64(6), reader.GetFieldValue<DateOnly>(7),
        reader.GetFieldValue<DateOnly>(8), reader.GetInt32(9), reader.GetNullableString(10), reader.GetNullableString(11), reader.GetInt32(12));

    private static EventVenueRecord ReadVenue(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetInt64(5), reader.GetFieldValue<DateOnly>(6), reader.GetFieldValue<DateOnly>(7),
        reader.IsDBNull(8) ? null : reader.GetFieldValue<DateOnly>(8), reader.GetNullableString(9), reader.GetNullableString(10), reader.GetInt32(11),
        reader.GetGeoJson(12));
}
