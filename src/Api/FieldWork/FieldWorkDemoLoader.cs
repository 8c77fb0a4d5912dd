using System.Globalization;
using System.Text.Json;
using FireMap.Api.Imports;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.FieldWork;

/// <summary>
/// Loads the demo set's synthetic field work (<c>field-work.json</c> beside the demo layers) after the demo layers, when
/// the demo data are wanted and no inspection or resident is stored yet. Its dates count back from today (China time),
/// so some visits are overdue and the coverage has gaps whatever day the demo starts. Subjects and buildings are found by
/// code; one that is missing (the demo layers were not loaded) leaves the whole file unloaded.
/// </summary>
internal sealed class FieldWorkDemoLoader(IOptions<DemoDataOptions> demo, FireMapPaths paths, NpgsqlDataSource dataSource, ChecklistBook checklists,
    Hazards.HazardCalendar calendar, ILogger<FieldWorkDemoLoader> logger) : IHostedService
{
    public const string FileName = "field-work.json";

    private static readonly JsonSerializerOptions _json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static readonly TimeSpan _beijing = TimeSpan.FromHours(8);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(demo.Value.DemoData ?? paths.DemoData, FileName);
        if (!demo.Value.LoadDemoData || !File.Exists(path) || !await IsEmptyAsync(cancellationToken))
        {
            return;
        }

        var file = JsonSerializer.Deserialize<DemoFile>(await File.ReadAllTextAsync(path, cancellationToken), _json)!;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            foreach (var inspection in file.Inspections)
            {
                await InsertAsync(connection, transaction, inspection, cancellationToken);
            }

            var residents = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var resident in file.Residents)
            {
                residents[resident.Key] = await InsertAsync(connection, transaction, resident, cancellationToken);
            }

            foreach (var visit in file.Visits)
            {
                await InsertAsync(connection, transaction, visit, residents[visit.Resident], cancellationToken);
            }
        }
        catch (MissingSubjectException missing)
        {
            logger.LogWarning("The demo field work was not loaded: {Problem}", missing.Message);
            return;
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Loaded the demo field work: {Inspections} inspections, {Residents} residents, {Visits} visits",
            file.Inspections.Count, file.Residents.Count, file.Visits.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private DateTimeOffset At(int daysAgo, string time)
    {
        var day = calendar.Today.AddDays(-daysAgo);
        return new DateTimeOffset(day.ToDateTime(TimeOnly.Parse(time, CultureInfo.InvariantCulture)), _beijing).ToUniversalTime();
    }

    private async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT EXISTS (SELECT 1 FROM communities) AND NOT EXISTS (SELECT 1 FROM inspections) AND NOT EXISTS (SELECT 1 FROM vulnerable_residents)");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<long> IdAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string type, string code, CancellationToken cancellationToken)
    {
        var table = type switch { "building" => "buildings", "place" => "places", "compound" => "compounds", _ => "fire_lanes" };
        await using var command = new NpgsqlCommand($"SELECT id FROM {table} WHERE code = @code", connection, transaction);
        command.Parameters.AddWithValue("code", code);
        return await command.ExecuteScalarAsync(cancellationToken) as long? ?? throw new MissingSubjectException($"no {type} {code}");
    }

    private async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoInspection demo, CancellationToken cancellationToken)
    {
        var id = await IdAsync(connection, transaction, demo.SubjectType, demo.SubjectCode, cancellationToken);
        var subject = await FieldSubjects.FindAsync(connection, transaction, demo.SubjectType, id, cancellationToken);
        if (checklists.For(demo.SubjectType, subject.HighRise, subject.PlaceCategory) is not { } checklist)
        {
            return;
        }

        await using var command = new NpgsqlCommand("""
            WITH i AS (
                INSERT INTO inspections (subject_type, subject_id, kind, inspected_at, inspector_name, checklist_code, notes, community_id, grid_id)
                VALUES (@type, @id, @kind, @at, @inspector, @checklist, @notes, @community, @grid) RETURNING id)
            INSERT INTO inspection_items (inspection_id, position, code, result)
            SELECT i.id, c.position - 1, c.code, CASE WHEN c.position - 1 = ANY (@failed) THEN 'fail' ELSE 'pass' END
            FROM i, unnest(@codes) WITH ORDINALITY AS c(code, position)
            """, connection, transaction);
        var p = command.Parameters;
        p.AddWithValue("type", demo.SubjectType);
        p.AddWithValue("id", id);
        p.AddWithValue("kind", demo.Kind);
        p.AddWithValue("at", At(demo.DaysAgo, demo.Time));
        p.AddWithValue("inspector", demo.Inspector);
        p.AddWithValue("checklist", checklist.Code);
        p.Add(InspectionRepository.Nullable("notes", NpgsqlDbType.Text, demo.Notes));
        p.AddWithValue("community", subject.CommunityId);
        p.Add(InspectionRepository.Nullable("grid", NpgsqlDbType.Bigint, subject.GridId));
        p.AddWithValue("failed", demo.Failed.ToArray());
        p.AddWithValue("codes", checklist.Items.Select(item => item.Code).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<long> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoResident demo, CancellationToken cancellationToken)
    {
        var building = await IdAsync(connection, transaction, "building", demo.BuildingCode, cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO vulnerable_residents (resident_name, category, home_address, building_id, resident_phone, contact_person, contact_phone,
                                              visit_frequency_days, registered_on, care_notes)
            VALUES (@name, @category, @address, @building, @phone, @contact, @contact_phone, @frequency, @registered, @notes) RETURNING id
            """, connection, transaction);
        var p = command.Parameters;
        p.AddWithValue("name", demo.Name);
        p.AddWithValue("category", demo.Category);
        p.AddWithValue("address", demo.Address);
        p.AddWithValue("building", building);
        p.Add(InspectionRepository.Nullable("phone", NpgsqlDbType.Text, demo.Phone));
        p.Add(InspectionRepository.Nullable("contact", NpgsqlDbType.Text, demo.ContactPerson));
        p.Add(InspectionRepository.Nullable("contact_phone", NpgsqlDbType.Text, demo.ContactPhone));
        p.AddWithValue("frequency", demo.VisitFrequencyDays);
        p.AddWithValue("registered", calendar.Today.AddDays(-demo.RegisteredDaysAgo));
        p.Add(InspectionRepository.Nullable("notes", NpgsqlDbType.Text, demo.Notes));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DemoVisit demo, long resident, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            WITH v AS (INSERT INTO visits (resident_id, visited_at, visitor_name, notes) VALUES (@resident, @at, @visitor, @notes) RETURNING id)
            INSERT INTO visit_checks (visit_id, item, result) SELECT v.id, c.item, c.result FROM v, unnest(@items, @results) AS c(item, result)
            """, connection, transaction);
        var p = command.Parameters;
        p.AddWithValue("resident", resident);
        p.AddWithValue("at", At(demo.DaysAgo, demo.Time));
        p.AddWithValue("visitor", demo.Visitor);
        p.Add(InspectionRepository.Nullable("notes", NpgsqlDbType.Text, demo.Notes));
        p.AddWithValue("items", demo.Checks.Select(c => c.Item).ToArray());
        p.AddWithValue("results", demo.Checks.Select(c => c.Result).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed class MissingSubjectException(string message) : Exception(message);

    private sealed record DemoFile(List<DemoInspection> Inspections, List<DemoResident> Residents, List<DemoVisit> Visits);

    private sealed record DemoInspection(string SubjectType, string SubjectCode, string Kind, int DaysAgo, string Time, string Inspector, List<int> Failed, string? Notes);

    private sealed record DemoResident(string Key, string Name, string Category, string BuildingCode, string Address, string? Phone, string? ContactPerson,
        string? ContactPhone, int VisitFrequencyDays, int RegisteredDaysAgo, string? Notes);

    private sealed record DemoVisit(string Resident, int DaysAgo, string Time, string Visitor, List<DemoCheck> Checks, string? Notes);

    private sealed record DemoCheck(string Item, string Result);
}
