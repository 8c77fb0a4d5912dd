using FireMap.Api.Access;
using FireMap.Api.GraphQL;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace FireMap.Api.Hazards;

/// <summary>
/// The hazard workflow's mutations: report, start and submit rectification, review, extend the deadline,
/// list and end supervision. Each change takes the version the client saw; a stale version or a step not
/// allowed from the hazard's status is a CONFLICT and writes nothing.
/// </summary>
public sealed class HazardMutationFields : IRootFields
{
    public void AddQueries(ObjectGraphType query)
    {
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<HazardGraphType>>("reportHazard")
            .Allow(AccessRule.Operate)
            .Description("Reports a hazard (发现) on a subject or at a point; a major one is under listed supervision from the start.")
            .Argument<NonNullGraphType<ReportHazardInputGraphType>>("input", "The report.")
            .ResolveAsync(async context =>
            {
                var report = HazardInputs.Report(context.GetArgument<Dictionary<string, object?>>("input"));
                return await Commands(context).ReportAsync(report, UserOf(context), context.CancellationToken);
            });

        Step(mutation, "startRectification", HazardWorkflow.StartRectification, AccessRule.Operate, "Starts rectification (整改) of a found hazard.");
        Step(mutation, "submitRectification", HazardWorkflow.SubmitRectification, AccessRule.Operate,
            "Submits a rectified hazard for re-inspection (复查), with photos of the rectified state.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("photoIds", "Photos after rectification (整改后), uploaded first with POST /api/photos.");
        Step(mutation, "reviewHazard", null, AccessRule.Operate,
            "Re-inspects a hazard awaiting review: accepted closes it (销号) with the time and note; refused sends it back to rectification.")
            .Argument<NonNullGraphType<BooleanGraphType>>("accepted", "Whether the rectification passed.");
        Step(mutation, "extendHazardDeadline", HazardWorkflow.ExtendDeadline, AccessRule.Operate, "Moves an open hazard's deadline later, with the reason.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("deadline", "The new deadline: later than the current one.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Why it is extended.");
        Step(mutation, "superviseHazard", HazardWorkflow.Supervise, AccessRule.Supervise, "Lists an open hazard for supervision (挂牌督办).")
            .Argument<NonNullGraphType<StringGraphType>>("supervisingUnit", "The unit that supervises it.");
        Step(mutation, "endSupervision", HazardWorkflow.EndSupervision, AccessRule.Supervise, "Ends a hazard's listed supervision (摘牌).");
    }

    private static FieldBuilder<object?, object> Step(ObjectGraphType mutation, string name, string? action, AccessRule rule, string description)
    {
        var field = mutation.Field<NonNullGraphType<HazardGraphType>>(name)
            .Allow(rule)
            .Description(description + " CONFLICT when the hazard changed since expectedVersion or the step is not allowed from its status.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Id of the hazard.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the client saw.")
            .Argument<StringGraphType>("note", $"Note, at most {HazardInputs.MaxTextLength} characters.")
            .ResolveAsync(async context =>
            {
                var change = Change(context, action);
                return await Commands(context).ChangeAsync(Arguments.Id(context), change, UserOf(context), context.CancellationToken);
            });
        return field;
    }

    private static HazardChange Change(IResolveFieldContext context, string? action)
    {
        var version = context.GetArgument<int>("expectedVersion");
        var note = HazardInputs.Optional(context.GetArgument<string?>("note"), "note", HazardInputs.MaxTextLength);
        return action switch
        {
            null => new HazardChange(context.GetArgument<bool>("accepted") ? HazardWorkflow.ReviewAccepted : HazardWorkflow.ReviewRefused, version, note),
            HazardWorkflow.ExtendDeadline => new HazardChange(action, version,
                HazardInputs.Required(context.GetArgument<string?>("reason"), "reason", HazardInputs.MaxTextLength), context.GetArgument<DateOnly>("deadline")),
            HazardWorkflow.Supervise => new HazardChange(action, version, note, SupervisingUnit:
                HazardInputs.Required(context.GetArgument<string?>("supervisingUnit"), "supervisingUnit", HazardInputs.MaxNameLength)),
            HazardWorkflow.SubmitRectification => new HazardChange(action, version, note,
                PhotoIds: HazardInputs.PhotoIds(context.GetArgument<List<object?>?>("photoIds"))),
            _ => new HazardChange(action, version, note),
        };
    }

    private static HazardCommands Commands(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<HazardCommands>();

    private static CurrentUser UserOf(IResolveFieldContext context) =>
        CurrentUser.Of(context.User);
}
