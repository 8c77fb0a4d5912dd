using FireMap.Api.Access;
using FireMap.Api.GraphQL;
using FireMap.Api.Risk.Inputs;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Dashboard;

/// <summary><c>dashboard</c>: the sub-district office's start page, narrowed to their community for community staff and grid workers.</summary>
public sealed class DashboardFields : IRootFields
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<DashboardGraphType>>("dashboard")
            .Allow(AccessRule.Read)
            .Description("The dashboard of the communities in your scope as of today (China time).")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<DashboardStore>().BuildAsync(
                CurrentUser.Of(context.User).ReadCommunityId, context.RequestServices!.GetRequiredService<ChinaCalendar>().Today, context.CancellationToken));
    }
}
