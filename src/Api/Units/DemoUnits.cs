using System.Text.Json;
using FireMap.Api.Access;
using FireMap.Api.Hazards;
using FireMap.Api.Imports;
using Npgsql;

namespace FireMap.Api.Units;

/// <summary>
/// The demo set's unit register (<c>units.json</c>, synthetic): units on the demo places and buildings by code, with
/// placeholder contacts, commitments and trainings dated back from the day the demo data are loaded. Created through
/// <see cref="UnitCommands"/>, so they are audited like any other unit (actor <c>demo-data</c>).
/// </summary>
internal sealed class DemoUnits(UnitCommands commands, NpgsqlDataSource dataSource, HazardCalendar calendar, ILogger<DemoUnits> logger) : IDemoDataPart
{
    public const string FileName = "units.json";

    /// <summary>The actor of demo records: an administrator with no account.</summary>
    internal static CurrentUser DemoActor { get; } = new(0, "demo-data", "demo-data", Roles.Admin, null, []);

    private static readonly JsonSerializerOptions _json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task LoadAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return;
        }

        await using var stream = File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<DemoFile>(stream, _json, cancellationToken) ?? throw new InvalidDataException($"{path} holds no units");
        var today = calendar.Today;
        var places = await IdsAsync("places", cancellationToken);
        var buildings = await IdsAsync("buildings", cancellationToken);
        foreach (var unit in file.Units)
        {
            var columns = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = unit.Name,
                ["kind"] = unit.Kind,
                ["address"] = unit.Address ?? "",
                ["is_key_unit"] = unit.KeyUnit,
                ["responsible_name"] = unit.ResponsibleName,
                ["responsible_phone"] = unit.ResponsiblePhone,
                ["manager_name"] = unit.ManagerName,
                ["manager_phone"] = unit.ManagerPhone,
                ["self_inspected_on"] = Ago(today, unit.SelfInspectedDaysAgo),
                ["commitment_signed_on"] = Ago(today, unit.CommitmentSignedDaysAgo),
                ["commitment_next_due"] = Ago(today, unit.CommitmentSignedDaysAgo)?.AddDays(unit.CommitmentNextDueDays ?? 365),
                ["commitment_posted"] = unit.CommitmentPosted,
            };
            var trainings = unit.Trainings.Select(t => new UnitTraining(t.Kind, t.People, Ago(today, t.TrainedDaysAgo))).ToList();
            await commands.CreateAsync(new UnitChange(columns, [.. unit.BuildingCodes.Select(c => buildings[c])], [.. unit.PlaceCodes.Select(c => places[c])],
                trainings, null, unit.Code), DemoActor, cancellationToken);
        }

        logger.LogInformation("Loaded {Count} demo units", file.Units.Count);
    }

    internal static DateOnly? Ago(DateOnly today, int? days) => days is int d ? today.AddDays(-d) : null;

    private async Task<Dictionary<string, long>> IdsAsync(string table, CancellationToken cancellationToken)
    {
        // Table names come from code, never from input.
        await using var command = dataSource.CreateCommand($"SELECT code, id FROM {table}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids[reader.GetString(0)] = reader.GetInt64(1);
        }

        return ids;
    }

    private sealed record DemoFile(IReadOnlyList<DemoUnit> Units);

    private sealed record DemoUnit(string Code, string Name, string Kind, bool KeyUnit, string? Address, IReadOnlyList<string> PlaceCodes,
        IReadOnlyList<string> BuildingCodes, string? ResponsibleName, string? ResponsiblePhone, string? ManagerName, string? ManagerPhone,
        int? SelfInspectedDaysAgo, int? CommitmentSignedDaysAgo, int? CommitmentNextDueDays, bool CommitmentPosted, IReadOnlyList<DemoTraining> Trainings);

    private sealed record DemoTraining(string Kind, int People, int? TrainedDaysAgo);
}
