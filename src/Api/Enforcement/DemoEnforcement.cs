using System.Text.Json;
using FireMap.Api.Hazards;
using FireMap.Api.Imports;
using FireMap.Api.Units;
using Npgsql;

namespace FireMap.Api.Enforcement;

/// <summary>
/// The demo set's enforcement cases (<c>enforcement.json</c>, synthetic): cases against demo units, dated back from the
/// load day, some closed, some linked to the demo hazards on the unit's place. Loaded after the demo units, through
/// <see cref="EnforcementCommands"/> (audited, actor <c>demo-data</c>).
/// </summary>
internal sealed class DemoEnforcement(EnforcementCommands commands, NpgsqlDataSource dataSource, HazardCalendar calendar, ILogger<DemoEnforcement> logger)
    : IDemoDataPart
{
    public const string FileName = "enforcement.json";

    private static readonly JsonSerializerOptions _json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task LoadAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return;
        }

        await using var stream = File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<DemoFile>(stream, _json, cancellationToken) ?? throw new InvalidDataException($"{path} holds no cases");
        var today = calendar.Today;
        var units = await IdsAsync("units", cancellationToken);
        var hazards = await IdsAsync("hazards", cancellationToken);
        foreach (var c in file.Cases)
        {
            var opened = today.AddDays(-c.OpenedDaysAgo);
            var columns = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["kind"] = c.Kind,
                ["party"] = c.Party,
                ["description"] = c.Description,
                ["opened_on"] = opened,
                ["deadline"] = opened.AddDays(c.DeadlineDays),
                ["department"] = c.Department,
            };
            var open = await commands.OpenAsync(new EnforcementChange(columns, units[c.UnitCode], null, null,
                [.. c.HazardCodes.Where(hazards.ContainsKey).Select(h => hazards[h])], c.Code), DemoUnits.DemoActor, cancellationToken);
            if (c.ClosedDaysAgo is int closed)
            {
                await commands.CloseAsync(open.Id, today.AddDays(-closed), c.Outcome ?? "", open.Version, DemoUnits.DemoActor, cancellationToken);
            }
        }

        logger.LogInformation("Loaded {Count} demo enforcement cases", file.Cases.Count);
    }

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

    private sealed record DemoFile(IReadOnlyList<DemoCase> Cases);

    private sealed record DemoCase(string Code, string Kind, string UnitCode, string Party, string Description, int OpenedDaysAgo, int DeadlineDays,
        string? Department, int? ClosedDaysAgo, string? Outcome, IReadOnlyList<string> HazardCodes);
}
