using System.Globalization;
using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Paging;
using FireMap.Api.Hazards;
using FireMap.Api.Security;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;

namespace FireMap.Api.PublicReports;

/// <summary>The moderation queue of reports from the public and its changes: convert, dismiss, reward (operate rule, scoped).</summary>
public sealed class PublicReportFields : IRootFields
{
    public const int MaxTextLength = 500;

    /// <summary>The largest reward recorded, yuan: well above the local schedule, below any typing slip of a digit too many.</summary>
    public const decimal MaxReward = 100_000m;

    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<PublicReportGraphType>>>("publicReports")
            .Allow(AccessRule.Operate)
            .Description("Reports from the public, ordered by id: the moderation queue with status RECEIVED.")
            .Argument<ListGraphType<NonNullGraphType<PublicReportStatusGraphType>>>("status", "Only these statuses.")
            .Argument<DateTimeOffsetGraphType>("since", "Only reports received at or after this time.")
            .Argument<StringGraphType>("communityCode", "Only reports in this community (division code).")
            .Argument<IntGraphType>("first", $"Page size, 1–{PageRequest.MaxSize}.")
            .Argument<StringGraphType>("after", "Cursor of the previous page's end.")
            .ResolveAsync(async context =>
            {
                var statuses = context.GetArgument<List<string>?>("status") is { Count: > 0 } list ? list : null;
                var filter = new PublicReportQuery(statuses, context.GetArgument<DateTimeOffset?>("since"),
                    context.GetArgument<string?>("communityCode"), CurrentUser.Of(context.User).ReadCommunityId);
                var page = PageRequest.From(context.GetArgument<int?>("first"), context.GetArgument<string?>("after"));
                var reports = context.RequestServices!.GetRequiredService<PublicReportRepository>();
                var rows = await reports.ListAsync(filter, page.AfterId, page.First + 1, context.CancellationToken);
                int? total = context.SubFields?.ContainsKey("totalCount") == true ? await reports.CountAsync(filter, context.CancellationToken) : null;
                return ConnectionBuilder.Build(rows, page, r => r.Id, total);
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PublicReportGraphType>>("convertPublicReport")
            .Allow(AccessRule.Operate)
            .Description("Turns a waiting report into a hazard through the hazard workflow; the reporter then sees the hazard's progress.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the report.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the moderator saw; a different current version is a CONFLICT.")
            .Argument<NonNullGraphType<ConvertPublicReportInputGraphType>>("input", "The hazard to report.")
            .ResolveAsync(async context =>
            {
                var id = Arguments.Id(context);
                var report = await FindAsync(context, id);
                var hazard = ReadHazard(context.GetArgument<Dictionary<string, object?>>("input"), report);
                var commands = context.RequestServices!.GetRequiredService<PublicReportCommands>();
                return await commands.ConvertAsync(id, hazard, context.GetArgument<int>("expectedVersion"), CurrentUser.Of(context.User), context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<PublicReportGraphType>>("dismissPublicReport")
            .Allow(AccessRule.Operate)
            .Description("Dismisses a waiting report with a reason the reporter sees by tracking code.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the report.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the moderator saw.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", $"Why, 1–{MaxTextLength} characters; shown to the reporter, so no personal data.")
            .ResolveAsync(async context =>
            {
                var reason = Text(context.GetArgument<string>("reason"), "reason") ?? throw Rejection.BadInput("reason", "must not be empty");
                var commands = context.RequestServices!.GetRequiredService<PublicReportCommands>();
                return await commands.DismissAsync(Arguments.Id(context), reason, context.GetArgument<int>("expectedVersion"),
                    CurrentUser.Of(context.User), context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<PublicReportGraphType>>("rewardPublicReport")
            .Allow(AccessRule.Operate)
            .Description("Records the reward granted for a report that became a hazard (once per report).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the report.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the moderator saw.")
            .Argument<NonNullGraphType<DecimalGraphType>>("amountCny", $"Reward in yuan, 0–{MaxReward}.")
            .ResolveAsync(async context =>
            {
                var amount = context.GetArgument<decimal>("amountCny");
                if (amount is < 0 or > MaxReward)
                {
                    throw Rejection.BadInput("amountCny", $"must be between 0 and {MaxReward.ToString(CultureInfo.InvariantCulture)}");
                }

                var commands = context.RequestServices!.GetRequiredService<PublicReportCommands>();
                return await commands.RewardAsync(Arguments.Id(context), decimal.Round(amount, 2), context.GetArgument<int>("expectedVersion"),
                    CurrentUser.Of(context.User), context.CancellationToken);
            });
    }

    private static async Task<PublicReportRecord> FindAsync(IResolveFieldContext context, long id) =>
        await context.RequestServices!.GetRequiredService<PublicReportRepository>().FindAsync(id, context.CancellationToken)
            ?? throw Rejection.NotFound("Public report", id);

    private static ReportHazard ReadHazard(Dictionary<string, object?> input, PublicReportRecord report)
    {
        var subjectType = input.GetValueOrDefault("subjectType") as string;
        var subjectText = input.GetValueOrDefault("subjectId")?.ToString();
        if ((subjectType is null) != (subjectText is null))
        {
            throw Rejection.BadInput(subjectType is null ? "subjectType" : "subjectId", "give subjectType and subjectId together");
        }

        long? subjectId = subjectText is null ? null
            : long.TryParse(subjectText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id
            : throw Rejection.BadInput("subjectId", $"'{subjectText}' is not an id of this service");
        var description = Text(input.GetValueOrDefault("description") as string, "description") ?? report.Description;
        var unit = Text(input.GetValueOrDefault("responsibleUnit") as string, "responsibleUnit") ?? throw Rejection.BadInput("responsibleUnit", "must not be empty");
        return new ReportHazard(subjectType, subjectId, null, (string)input["category"]!, (string)input["severity"]!,
            description.Length > MaxTextLength ? description[..MaxTextLength] : description, null, $"群众举报 {report.TrackingCode}",
            input.GetValueOrDefault("deadline") as DateOnly?, unit, null, null);
    }

    private static string? Text(string? text, string argument)
    {
        var trimmed = text?.Trim();
        if (trimmed is not { Length: > 0 })
        {
            return null;
        }

        if (trimmed.Length > MaxTextLength)
        {
            throw Rejection.BadInput(argument, $"is longer than {MaxTextLength} characters");
        }

        return TextInput.FindProblem(trimmed) is { } problem ? throw Rejection.BadInput(argument, problem) : trimmed;
    }
}
