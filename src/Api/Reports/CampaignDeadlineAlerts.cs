using FireMap.Api.Access;
using FireMap.Api.Campaigns;
using FireMap.Api.Hazards;
using FireMap.Api.Risk.Inputs;

namespace FireMap.Api.Reports;

/// <summary>
/// The campaign calendar in <c>alerts</c>: every deadline due within <see cref="WithinDays"/> days (China time), and
/// the monthly report of each community in the user's scope still not submitted after its due day. It lives with the
/// reports because a report day stops being a deadline for a community once that community has submitted.
/// </summary>
public sealed class CampaignDeadlineAlerts(CampaignStore campaigns, MonthlyReportStore reports, ChinaCalendar calendar) : IAlertSource
{
    public const string DeadlineKind = "campaign_deadline";
    public const string ReportOverdueKind = "report_overdue";

    /// <summary>How many days ahead a deadline is listed; a week, so a report day shows in the week before it.</summary>
    public const int WithinDays = 7;

    /// <summary>How long an unsubmitted report stays in the alerts after its due day: until the next one is due.</summary>
    public const int ReportOverdueDays = 31;

    public async Task<IReadOnlyList<HazardAlert>> ListAsync(CurrentUser user, string? communityCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var today = calendar.Today;
        var alerts = new List<HazardAlert>();
        var stored = await campaigns.ListAsync(cancellationToken);
        var inScope = (await reports.ListAsync(today, user.ReadCommunityId, cancellationToken))
            .Where(r => communityCode is null || r.CommunityCode == communityCode).ToList();
        foreach (var campaign in stored)
        {
            foreach (var deadline in campaign.Calendar.AllDeadlines())
            {
                var left = deadline.DueOn.DayNumber - today.DayNumber;
                if (left is < 0 or > WithinDays)
                {
                    continue;
                }

                // A report day is no longer a deadline for whoever has submitted that month's report.
                if (deadline.Kind == "monthly_report" && deadline.DueOn.Month == today.Month && inScope.Count > 0 && inScope.All(r => r.IsSubmitted))
                {
                    continue;
                }

                alerts.Add(new HazardAlert(DeadlineKind, null, left, new CampaignDeadlineView(campaign, deadline, left)));
            }
        }

        // Last month's report, if this month's is not yet due; else this month's.
        var month = today.Day > (await reports.PeriodAsync(today, cancellationToken)).DueOn.Day ? today : today.AddMonths(-1);
        var due = await reports.ListAsync(month, user.ReadCommunityId, cancellationToken);
        foreach (var report in due.Where(r => communityCode is null || r.CommunityCode == communityCode))
        {
            var late = today.DayNumber - report.Period.DueOn.DayNumber;
            if (!report.IsSubmitted && late is > 0 and <= ReportOverdueDays && stored.Any(c => c.Calendar.Contains(report.Period.DueOn)))
            {
                alerts.Add(new HazardAlert(ReportOverdueKind, null, late, report));
            }
        }

        return alerts;
    }
}
