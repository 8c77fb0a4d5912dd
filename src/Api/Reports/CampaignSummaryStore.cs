using FireMap.Api.Campaigns;
using FireMap.Api.Database;
using FireMap.Api.Errors;
using FireMap.Spatial.Campaigns;
using Npgsql;

namespace FireMap.Api.Reports;

/// <summary>
/// The campaign's final summaries: the same sections and figures as a monthly report, compiled over the campaign's
/// days (to today while it runs). They are compiled when read: the summary is the campaign's record, and a community
/// that wants to freeze its words does so in the last monthly report.
/// </summary>
public sealed class CampaignSummaryStore(NpgsqlDataSource dataSource, CampaignStore campaigns, MonthlyReportCompiler compiler)
{
    /// <summary>The summary of a community (by code) for a campaign (by code); NOT_FOUND for either unknown.</summary>
    /// <param name="today">Today in China: a running campaign is summed up to it.</param>
    public async Task<CampaignSummaryRecord> FindAsync(string communityCode, string campaignCode, DateOnly today, CancellationToken cancellationToken)
    {
        var (campaign, period) = await PeriodAsync(campaignCode, today, cancellationToken);
        var summaries = await ReadAsync("WHERE code = @code", command => command.Parameters.AddWithValue("code", communityCode), campaign, period, today,
            cancellationToken);
        return summaries.SingleOrDefault() ?? throw Rejection.NotFound("community", communityCode);
    }

    /// <summary>The summaries of a campaign of every community in scope (<paramref name="scope"/> null: all), by community code.</summary>
    public async Task<IReadOnlyList<CampaignSummaryRecord>> ListAsync(string campaignCode, long? scope, DateOnly today, CancellationToken cancellationToken)
    {
        var (campaign, period) = await PeriodAsync(campaignCode, today, cancellationToken);
        return await ReadAsync("WHERE (@scope::bigint IS NULL OR id = @scope)",
            command => command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)scope ?? DBNull.Value }),
            campaign, period, today, cancellationToken);
    }

    /// <summary>The figures of a summary, compiled now.</summary>
    public async Task<IReadOnlyList<ReportFigureValue>> FiguresAsync(CampaignSummaryRecord summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return (await compiler.CompileAsync(new ReportScope(summary.CommunityId, summary.Period), cancellationToken)).Figures;
    }

    /// <summary>The days a summary covers: the campaign's, cut at today while it runs; a campaign yet to begin has none.</summary>
    public static ReportPeriod? PeriodOf(CampaignCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return today < calendar.StartsOn ? null : ReportPeriod.Span(calendar.StartsOn, today < calendar.EndsOn ? today : calendar.EndsOn);
    }

    private async Task<(CampaignRecord Campaign, ReportPeriod Period)> PeriodAsync(string campaignCode, DateOnly today, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.FindAsync(campaignCode, cancellationToken) ?? throw Rejection.NotFound("campaign", campaignCode);
        var period = PeriodOf(campaign.Calendar, today)
            ?? throw Rejection.BadInput("campaignCode", $"campaign {campaignCode} begins on {campaign.Calendar.StartsOn:yyyy-MM-dd}: there is nothing to sum up yet");
        return (campaign, period);
    }

    private async Task<IReadOnlyList<CampaignSummaryRecord>> ReadAsync(string where, Action<NpgsqlCommand> bind, CampaignRecord campaign, ReportPeriod period,
        DateOnly today, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"SELECT id, code, name FROM communities {where} ORDER BY code");
        bind(command);
        var summaries = new List<CampaignSummaryRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            summaries.Add(new CampaignSummaryRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), campaign, period,
                today > campaign.Calendar.EndsOn));
        }

        return summaries;
    }
}
