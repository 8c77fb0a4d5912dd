using FireMap.Api.Access;
using FireMap.Api.Campaigns;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Reports;

/// <summary>A community's final summary of a campaign.</summary>
public sealed class CampaignSummaryGraphType : ObjectGraphType<CampaignSummaryRecord>
{
    public CampaignSummaryGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "CampaignSummary";
        Description = "A community's final summary (总结) of a campaign: the monthly report's figures over the whole campaign, to today while it runs, compiled when read.";
        Field<NonNullGraphType<StringGraphType>>("communityCode").Description("The community's division code.").Resolve(c => c.Source.CommunityCode);
        Field<NonNullGraphType<StringGraphType>>("communityName").Description("The community's name.").Resolve(c => c.Source.CommunityName);
        Field<NonNullGraphType<CampaignGraphType>>("campaign").Description("The campaign summed up.").Resolve(c => c.Source.Campaign);
        Field<NonNullGraphType<DateOnlyGraphType>>("from").Description("First day covered: the campaign's first day.").Resolve(c => c.Source.Period.From);
        Field<NonNullGraphType<DateOnlyGraphType>>("to").Description("Last day covered: the campaign's last day, or today (China time) while it runs.")
            .Resolve(c => c.Source.Period.To);
        Field<NonNullGraphType<BooleanGraphType>>("complete").Description("True once the campaign has ended and the figures cover all of it.")
            .Resolve(c => c.Source.Complete);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportFigureValueGraphType>>>>("figures")
            .Description("The figures by section over the covered days, each with the rows behind it.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<CampaignSummaryStore>().FiguresAsync(c.Source, c.CancellationToken));
    }
}
