using FireMap.Api.Access;
using FireMap.Api.Campaigns;
using FireMap.Api.Reports;
using FireMap.Api.Risk.Schema;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Dashboard;

/// <summary>The sub-district office's dashboard.</summary>
public sealed class DashboardGraphType : ObjectGraphType<DashboardRecord>
{
    public DashboardGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "Dashboard";
        Description = "The sub-district office's start page: the campaign, each community's figures over the last seven days (the monthly report's figures and rows), this month's reports and the risk level counts with their change.";
        Field<NonNullGraphType<DateOnlyGraphType>>("today").Description("Today (China time): figures are as of its end.").Resolve(c => c.Source.Today);
        Field<NonNullGraphType<DateOnlyGraphType>>("weekFrom").Description($"First of the last {DashboardStore.WeekDays} days the week's figures (blockages reported, hazards found, …) count.")
            .Resolve(c => c.Source.WeekFrom);
        Field<NonNullGraphType<StringGraphType>>("month").Description("The month whose reports the dashboard follows, yyyy-MM: today's month.")
            .Resolve(c => $"{c.Source.Month:yyyy-MM}");
        Field<CampaignGraphType>("campaign").Description("The campaign running today; else the next to start; else the last that ended.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<CampaignStore>().CurrentAsync(c.Source.Today, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DashboardCommunityGraphType>>>>("communities")
            .Description("Every community in your scope, by code, with its figures.").Resolve(c => c.Source.Communities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskLevelChangeGraphType>>>>("riskLevels")
            .Description("Compounds in your scope by risk level, highest first: in the latest run and in the latest run before the week.")
            .Resolve(c => c.Source.RiskLevels);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MonthlyReportGraphType>>>>("reports")
            .Description("This month's reports of every community in your scope: submitted, late or missing.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<MonthlyReportStore>().ListAsync(c.Source.Month, c.Source.Scope, c.CancellationToken));
    }
}

/// <summary>A community on the dashboard.</summary>
public sealed class DashboardCommunityGraphType : ObjectGraphType<DashboardCommunity>
{
    public DashboardCommunityGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "DashboardCommunity";
        Description = "A community's figures on the dashboard: open, overdue and supervised hazards and active blockages as of today, what was found, reported and cleared in the last seven days, risk levels; each with its rows.";
        Field<NonNullGraphType<StringGraphType>>("communityCode").Description("The community's division code.").Resolve(c => c.Source.CommunityCode);
        Field<NonNullGraphType<StringGraphType>>("communityName").Description("The community's name.").Resolve(c => c.Source.CommunityName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportFigureValueGraphType>>>>("figures")
            .Description("The monthly report's figures over the last seven days, each with the rows behind it.").Resolve(c => c.Source.Figures);
    }
}

/// <summary>A risk level's count and its change.</summary>
public sealed class RiskLevelChangeGraphType : ObjectGraphType<RiskLevelChange>
{
    public RiskLevelChangeGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "RiskLevelChange";
        Description = "How many compounds have a risk level now and had it before the week.";
        Field<NonNullGraphType<RiskLevelGraphType>>("level").Description("The level.").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Compounds at the level in the latest run on or before today.").Resolve(c => c.Source.Count);
        Field<IntGraphType>("previous").Description("Compounds at the level in the latest run before the week; null when there was none.").Resolve(c => c.Source.Previous);
    }
}
