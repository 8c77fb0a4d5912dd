using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Spatial.Vocabulary;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Plans;

/// <summary><c>compoundPlan</c> and <c>saveCompoundPlan</c>: one plan per compound (一小区一对策).</summary>
public sealed class CompoundPlanFields : IRootFields
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<CompoundPlanGraphType>("compoundPlan")
            .Allow(AccessRule.Read)
            .Description("The plan of a compound; null when it has none yet or the compound lies outside your community.")
            .Argument<NonNullGraphType<IdGraphType>>("compoundId", "Id of the compound.")
            .ResolveAsync(async context =>
            {
                var id = Arguments.Id(context, "compoundId");
                var scope = CurrentUser.Of(context.User).ReadCommunityId;
                return await context.RequestServices!.GetRequiredService<CompoundPlanCommands>().FindAsync(id, scope, context.CancellationToken);
            });
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CompoundPlanGraphType>>("saveCompoundPlan")
            .Allow(AccessRule.Plan)
            .Description("Creates or replaces a compound's plan. expectedVersion: the plan's version as read, 0 when it has none; another is a CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("compoundId", "Id of the compound.")
            .Argument<NonNullGraphType<CompoundPlanInputGraphType>>("input", "The whole plan.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the client saw; 0 for a new plan.")
            .ResolveAsync(async context =>
            {
                var id = Arguments.Id(context, "compoundId");
                var plan = Read(context.GetArgument<Dictionary<string, object?>>("input"));
                var user = CurrentUser.Of(context.User);
                return await context.RequestServices!.GetRequiredService<CompoundPlanCommands>()
                    .SaveAsync(id, plan, context.GetArgument<int>("expectedVersion"), user, context.CancellationToken);
            });
    }

    private static SaveCompoundPlan Read(Dictionary<string, object?> input)
    {
        var measures = (input.GetValueOrDefault("measures") as IEnumerable<object?> ?? []).Cast<Dictionary<string, object?>>().ToList();
        if (measures.Count > CompoundPlanCommands.MaxMeasures)
        {
            throw Rejection.BadInput("measures", $"at most {CompoundPlanCommands.MaxMeasures} measures");
        }

        return new SaveCompoundPlan(
            Text(input.GetValueOrDefault("problems") as string, "problems", CompoundPlanCommands.MaxTextLength, required: false),
            [.. measures.Select(m => new PlanMeasure(
                Text(m["measure"] as string, "measures.measure", CompoundPlanCommands.MaxLineLength, required: true),
                Text(m["owner"] as string, "measures.owner", CompoundPlanCommands.MaxLineLength, required: true),
                m.GetValueOrDefault("dueOn") is DateOnly due ? due : null,
                m.GetValueOrDefault("status") as string ?? Codes.PlanMeasureStatus.Codes[0]))],
            Text(input.GetValueOrDefault("progressNotes") as string, "progressNotes", CompoundPlanCommands.MaxTextLength, required: false));
    }

    private static string Text(string? value, string field, int max, bool required)
    {
        var text = value?.Trim() ?? "";
        return text.Length > max ? throw Rejection.BadInput(field, $"is longer than {max} characters")
            : required && text.Length == 0 ? throw Rejection.BadInput(field, "must not be empty")
            : text;
    }
}
