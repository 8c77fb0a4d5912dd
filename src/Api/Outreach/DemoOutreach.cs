using System.Text.Json;
using FireMap.Api.Hazards;
using FireMap.Api.Imports;
using FireMap.Api.Units;
using FireMap.Spatial.Campaigns;
using Npgsql;

namespace FireMap.Api.Outreach;

/// <summary>
/// The demo set's outreach (<c>outreach.json</c>, synthetic): the seed's targets over this winter (days as <c>MM-dd</c>,
/// placed like the demo campaign) and activities dated back from the load day, at demo units and places or for a
/// community or grid. Loaded after the demo units, through <see cref="OutreachCommands"/> (audited, actor <c>demo-data</c>).
/// </summary>
internal sealed class DemoOutreach(OutreachCommands commands, NpgsqlDataSource dataSource, HazardCalendar calendar, ILogger<DemoOutreach> logger)
    : IDemoDataPart
{
    public const string FileName = "outreach.json";

    private static readonly JsonSerializerOptions _json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task LoadAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return;
        }

        await using var stream = File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<DemoFile>(stream, _json, cancellationToken) ?? throw new InvalidDataException($"{path} holds no outreach");
        var today = calendar.Today;
        var winter = SeasonalDate.WinterOf(today);
        foreach (var t in file.Targets)
        {
            await commands.SaveTargetAsync(new OutreachTargetRecord(0, t.Code, t.Kind, t.Basis, t.Minimum, SeasonalDate.Place(t.Starts, winter),
                SeasonalDate.Place(t.Ends, winter), t.Description, 0), 0, DemoUnits.DemoActor.UserName, cancellationToken);
        }

        var units = await IdsAsync("units", cancellationToken);
        var places = await IdsAsync("places", cancellationToken);
        foreach (var a in file.Activities)
        {
            var columns = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["kind"] = a.Kind,
                ["held_on"] = today.AddDays(-a.DaysAgo),
                ["title"] = a.Title ?? "",
                ["venue"] = a.Venue ?? "",
                ["audience"] = a.Audience,
            };
            await commands.CreateAsync(new OutreachChange(columns, true, a.UnitCode is null ? null : units[a.UnitCode], a.PlaceCode is null ? null : places[a.PlaceCode],
                null, a.CommunityCode, a.GridCode, a.Code), DemoUnits.DemoActor, cancellationToken);
        }

        logger.LogInformation("Loaded {Targets} demo outreach targets and {Activities} activities", file.Targets.Count, file.Activities.Count);
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

    private sealed record DemoFile(IReadOnlyList<DemoTarget> Targets, IReadOnlyList<DemoActivity> Activities);

    private sealed record DemoTarget(string Code, string Kind, string Basis, int Minimum, string Starts, string Ends, string Description);

    private sealed record DemoActivity(string Code, string Kind, int DaysAgo, string? Title, string? UnitCode, string? PlaceCode, string? CommunityCode,
        string? GridCode, string? Venue, int Audience);
}
