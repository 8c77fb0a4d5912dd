using System.Text.Json;
using FireMap.Api.Imports;
using Npgsql;

namespace FireMap.Api.Duty;

/// <summary>
/// The demo set's duty records (<c>duty.json</c>, synthetic): the roster templates placed on the next period of
/// raised risk in every community, an event venue at the first crowded place, and a readiness check of each
/// micro fire station a few days ago.
/// </summary>
internal sealed class DemoDuty(NpgsqlDataSource dataSource, ILogger<DemoDuty> logger) : IDemoDataPart
{
    public const string FileName = "duty.json";

    private static readonly JsonSerializerOptions _json = new() { PropertyNameCaseInsensitive = true };

    public async Task LoadAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return;
        }

        await using var stream = File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<DemoFile>(stream, _json, cancellationToken) ?? throw new InvalidDataException($"{path} is empty");
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var empty = new NpgsqlCommand("SELECT NOT EXISTS (SELECT 1 FROM duty_rosters) AND NOT EXISTS (SELECT 1 FROM readiness_checks)", connection, transaction))
        {
            if (!(bool)(await empty.ExecuteScalarAsync(cancellationToken))!)
            {
                return;
            }
        }

        const string Period = """
            (SELECT starts_on, ends_on FROM risk_periods WHERE ends_on >= (now() AT TIME ZONE 'Asia/Shanghai')::date ORDER BY starts_on, id LIMIT 1)
            """;
        foreach (var roster in file.Rosters)
        {
            await using var insert = new NpgsqlCommand($"""
                INSERT INTO duty_rosters (kind, title, community_id, starts_on, ends_on, posts, leader, updated_by)
                SELECT @kind, @title, c.id, p.starts_on, p.ends_on, @posts, @leader, 'demo-data' FROM communities c, {Period} p
                """, connection, transaction);
            insert.Parameters.AddWithValue("kind", roster.Kind);
            insert.Parameters.AddWithValue("title", roster.Title);
            insert.Parameters.AddWithValue("posts", roster.Posts);
            insert.Parameters.AddWithValue("leader", roster.Leader);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var venue = new NpgsqlCommand($"""
            INSERT INTO event_venues (event_name, venue_name, community_id, place_id, starts_on, ends_on, inspected_on, risk_level, assessment, geom, updated_by)
            SELECT @event, pl.name, pl.community_id, pl.id, p.starts_on, p.ends_on, p.starts_on - 3, @level, @assessment, pl.geom, 'demo-data'
            FROM (SELECT * FROM places WHERE community_id IS NOT NULL AND category IN ('mall', 'market', 'entertainment') ORDER BY id LIMIT 1) pl, {Period} p
            """, connection, transaction))
        {
            venue.Parameters.AddWithValue("event", file.Venue.Event);
            venue.Parameters.AddWithValue("level", file.Venue.RiskLevel);
            venue.Parameters.AddWithValue("assessment", file.Venue.Assessment);
            await venue.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var checks = new NpgsqlCommand("""
            INSERT INTO readiness_checks (station_id, checked_on, equipment_ok, staff_on_duty, drill_done, joint_training, note, checked_by)
            SELECT s.id, (now() AT TIME ZONE 'Asia/Shanghai')::date - 3, true, @staff, true, s.id % 2 = 0, @note, 'demo-data'
            FROM stations s WHERE s.kind IN ('micro_station', 'subdistrict_brigade')
            """, connection, transaction))
        {
            checks.Parameters.AddWithValue("staff", file.Readiness.StaffOnDuty);
            checks.Parameters.AddWithValue("note", file.Readiness.Note);
            await checks.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Loaded the demo duty rosters, event venue and readiness checks");
    }

    private sealed record DemoFile(IReadOnlyList<DemoRoster> Rosters, DemoVenue Venue, DemoReadiness Readiness);

    private sealed record DemoRoster(string Kind, string Title, int Posts, string Leader);

    private sealed record DemoVenue(string Event, string Assessment, string RiskLevel);

    private sealed record DemoReadiness(string Note, int StaffOnDuty);
}
