using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Reports;

/// <summary>
/// <c>monthlyReport</c>, <c>monthlyReports</c>, <c>saveReportNarrative</c>, <c>submitMonthlyReport</c> and
/// <c>reopenMonthlyReport</c>. Community staff and grid workers read their community's reports only.
/// </summary>
public sealed class MonthlyReportFields : IRootFields
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<MonthlyReportGraphType>>("monthlyReport")
            .Allow(AccessRule.Read)
            .Description("A community's report of a month (an empty draft when not begun). Another community than your own is FORBIDDEN for community staff and grid workers.")
            .Argument<NonNullGraphType<StringGraphType>>("communityCode", "The community's division code.")
            .Argument<NonNullGraphType<StringGraphType>>("month", "The month, yyyy-MM.")
            .ResolveAsync(async context =>
            {
                var report = await Store(context).FindAsync(context.GetArgument<string>("communityCode"),
                    MonthlyReportStore.ParseMonth(context.GetArgument<string>("month")), context.CancellationToken);
                EnsureReadable(context, report);
                return report;
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MonthlyReportGraphType>>>>("monthlyReports")
            .Allow(AccessRule.Read)
            .Description("The reports of a month of every community in your scope, by community code: the sub-district office's view of what is submitted, late or missing.")
            .Argument<NonNullGraphType<StringGraphType>>("month", "The month, yyyy-MM.")
            .ResolveAsync(async context => await Store(context).ListAsync(MonthlyReportStore.ParseMonth(context.GetArgument<string>("month")),
                CurrentUser.Of(context.User).ReadCommunityId, context.CancellationToken));
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MonthlyReportGraphType>>("saveReportNarrative")
            .Allow(AccessRule.Report)
            .Description("Saves the narrative of a draft report. A submitted report is a CONFLICT (ask the sub-district office to reopen it), so is a stale expectedVersion.")
            .Argument<NonNullGraphType<StringGraphType>>("communityCode", "The community's division code.")
            .Argument<NonNullGraphType<StringGraphType>>("month", "The month, yyyy-MM.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the client saw; 0 when not begun.")
            .Argument<NonNullGraphType<ReportNarrativeInputGraphType>>("input", "The whole narrative.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var narrative = MonthlyReportStore.Check(input.GetValueOrDefault("workDone") as string, input.GetValueOrDefault("problems") as string,
                    input.GetValueOrDefault("nextSteps") as string);
                return await Store(context).SaveNarrativeAsync(Community(context), Month(context), narrative, Version(context),
                    CurrentUser.Of(context.User), context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<MonthlyReportGraphType>>("submitMonthlyReport")
            .Allow(AccessRule.Report)
            .Description("Submits a draft: its figures are compiled now and frozen with the narrative. The work-done narrative must not be empty (BAD_USER_INPUT).")
            .Argument<NonNullGraphType<StringGraphType>>("communityCode", "The community's division code.")
            .Argument<NonNullGraphType<StringGraphType>>("month", "The month, yyyy-MM.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the client saw; 0 when not begun.")
            .ResolveAsync(async context => await Store(context).SubmitAsync(Community(context), Month(context), Version(context),
                CurrentUser.Of(context.User), context.CancellationToken));

        mutation.Field<NonNullGraphType<MonthlyReportGraphType>>("reopenMonthlyReport")
            .Allow(AccessRule.Campaign)
            .Description("Reopens a submitted report (the sub-district office only): a draft again until it is submitted anew.")
            .Argument<NonNullGraphType<StringGraphType>>("communityCode", "The community's division code.")
            .Argument<NonNullGraphType<StringGraphType>>("month", "The month, yyyy-MM.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the client saw; 0 when not begun.")
            .ResolveAsync(async context => await Store(context).ReopenAsync(Community(context), Month(context), Version(context),
                CurrentUser.Of(context.User), context.CancellationToken));
    }

    private static MonthlyReportStore Store(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<MonthlyReportStore>();

    private static string Community(IResolveFieldContext context) => context.GetArgument<string>("communityCode");

    private static DateOnly Month(IResolveFieldContext context) => MonthlyReportStore.ParseMonth(context.GetArgument<string>("month"));

    private static int Version(IResolveFieldContext context) => context.GetArgument<int>("expectedVersion");

    /// <summary>Community staff and grid workers read their own community's report only.</summary>
    public static void EnsureReadable(IResolveFieldContext context, MonthlyReportRecord report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var scope = CurrentUser.Of(context.User).ReadCommunityId;
        if (scope is long own && own != report.CommunityId)
        {
            throw Rejection.Of(RejectionKind.Forbidden, $"The report of community {report.CommunityCode} lies outside your community", "communityCode");
        }
    }
}
