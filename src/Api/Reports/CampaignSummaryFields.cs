using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.Risk.Inputs;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Reports;

/// <summary>
/// <c>campaignSummary</c> and <c>campaignSummaries</c>: the campaign's final summary of a community, and of every
/// community in scope. Community staff and grid workers read their own community's only.
/// </summary>
public sealed class CampaignSummaryFields : IRootFields
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<CampaignSummaryGraphType>>("campaignSummary")
            .Allow(AccessRule.Read)
            .Description("A community's final summary of a campaign. An unknown community or campaign is NOT_FOUND, a campaign yet to begin BAD_USER_INPUT, another community than your own FORBIDDEN for community staff and grid workers.")
            .Argument<NonNullGraphType<StringGraphType>>("communityCode", "The community's division code.")
            .Argument<NonNullGraphType<StringGraphType>>("campaignCode", "The campaign's code.")
            .ResolveAsync(async context =>
            {
                var summary = await Store(context).FindAsync(context.GetArgument<string>("communityCode"), context.GetArgument<string>("campaignCode"),
                    Today(context), context.CancellationToken);
                if (CurrentUser.Of(context.User).ReadCommunityId is long own && own != summary.CommunityId)
                {
                    throw Rejection.Of(RejectionKind.Forbidden, $"The summary of community {summary.CommunityCode} lies outside your community", "communityCode");
                }

                return summary;
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignSummaryGraphType>>>>("campaignSummaries")
            .Allow(AccessRule.Read)
            .Description("The final summaries of a campaign of every community in your scope, by community code.")
            .Argument<NonNullGraphType<StringGraphType>>("campaignCode", "The campaign's code.")
            .ResolveAsync(async context => await Store(context).ListAsync(context.GetArgument<string>("campaignCode"),
                CurrentUser.Of(context.User).ReadCommunityId, Today(context), context.CancellationToken));
    }

    private static CampaignSummaryStore Store(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CampaignSummaryStore>();

    private static DateOnly Today(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ChinaCalendar>().Today;
}
