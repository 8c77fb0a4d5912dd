using System.Text.Json;
using FireMap.Api.Imports;
using FireMap.Api.Risk.Inputs;
using FireMap.Spatial.Campaigns;

namespace FireMap.Api.Campaigns;

/// <summary>
/// The demo set's campaign (<c>campaign.json</c>): the seed plan's winter calendar with days as <c>MM-dd</c>,
/// placed in the winter of the day the demo data are loaded, so its phases, the lists' deadline and the
/// monthly report days fall on the same calendar days as in the seed, this winter.
/// </summary>
internal sealed class DemoCampaign(CampaignStore store, ChinaCalendar calendar, ILogger<DemoCampaign> logger) : IDemoDataPart
{
    public const string FileName = "campaign.json";

    private static readonly JsonSerializerOptions _json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, ReadCommentHandling = JsonCommentHandling.Skip };

    public async Task LoadAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path) || !await store.IsEmptyAsync(cancellationToken))
        {
            return;
        }

        await using var stream = File.OpenRead(path);
        var file = await JsonSerializer.DeserializeAsync<SeasonalCampaign>(stream, _json, cancellationToken)
            ?? throw new InvalidDataException($"{path} holds no campaign");
        var winter = SeasonalDate.WinterOf(calendar.Today);
        var campaign = CampaignStore.Check($"{file.Code}-{winter}", $"{winter}—{winter + 1}年度{file.Name}", file.Description, new CampaignCalendar(
            SeasonalDate.Place(file.Starts, winter), SeasonalDate.Place(file.Ends, winter), file.ReportDay,
            [.. file.Phases.Select(p => new CampaignPhase(p.Name, SeasonalDate.Place(p.Starts, winter), SeasonalDate.Place(p.Ends, winter), p.Due))],
            [.. file.Deadlines.Select(d => new CampaignDeadline(d.Kind, d.Name, SeasonalDate.Place(d.Due, winter)))]));
        await store.SaveAsync(campaign, expectedVersion: 0, actor: "demo-data", cancellationToken);
        logger.LogInformation("Loaded the demo campaign {Code}", campaign.Code);
    }

    private sealed record SeasonalCampaign(string Code, string Name, string Description, string Starts, string Ends, int ReportDay,
        IReadOnlyList<SeasonalPhase> Phases, IReadOnlyList<SeasonalDeadline> Deadlines);

    private sealed record SeasonalPhase(string Name, string Starts, string Ends, string Due);

    private sealed record SeasonalDeadline(string Kind, string Name, string Due);
}
