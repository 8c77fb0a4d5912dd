using FireMap.Api.Access;
using FireMap.Api.Changes;
using FireMap.Api.GraphQL;
using FireMap.Api.Risk.Periods;
using FireMap.Api.Risk.Runs;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Risk.Schema;

/// <summary>
/// <c>riskPeriods</c>, <c>riskModelVersions</c>, <c>saveRiskPeriod</c> and <c>deleteRiskPeriod</c>: the holidays
/// and major events the risk model reads. A change gives the model a new version, computes today's run under it
/// and puts it in force before the mutation answers.
/// </summary>
public sealed class RiskPeriodFields : IRootFields
{
    public void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskPeriodGraphType>>>>("riskPeriods")
            .Allow(AccessRule.Read)
            .Description("Periods of raised fire risk overlapping [from, to] (either may be left out), by start.")
            .Argument<DateOnlyGraphType>("from", "First day of interest.")
            .Argument<DateOnlyGraphType>("to", "Last day of interest.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<RiskPeriodStore>()
                .ListAsync(context.GetArgument<DateOnly?>("from"), context.GetArgument<DateOnly?>("to"), context.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskModelVersionGraphType>>>>("riskModelVersions")
            .Allow(AccessRule.Read)
            .Description("Every version of the risk model scores were computed with, newest first.")
            .ResolveAsync(async context => await context.RequestServices!.GetRequiredService<RiskPeriodStore>().VersionsAsync(context.CancellationToken));

        query.Field<NonNullGraphType<StringGraphType>>("riskModelVersion")
            .Allow(AccessRule.Read)
            .Description("The version of the risk model in force.")
            .Resolve(context => context.RequestServices!.GetRequiredService<RiskModelSource>().Model.Version);
    }

    public void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RiskPeriodGraphType>>("saveRiskPeriod")
            .Allow(AccessRule.Campaign)
            .Description("Creates (no id, expectedVersion 0) or replaces a period of raised risk. A stale expectedVersion is a CONFLICT.")
            .Argument<IdGraphType>("id", "The period to replace; none for a new one.")
            .Argument<NonNullGraphType<RiskPeriodInputGraphType>>("input", "The whole period.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the client saw; 0 for a new period.")
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<Dictionary<string, object?>>("input");
                var period = RiskPeriodStore.Check(input["name"] as string, (string)input["kind"]!, (DateOnly)input["startsOn"]!, (DateOnly)input["endsOn"]!,
                    Factor(input["factor"]));
                long? id = context.HasArgument("id") && context.GetArgument<string?>("id") is not null ? Arguments.Id(context, "id") : null;
                var user = CurrentUser.Of(context.User);
                var services = context.RequestServices!;
                var saved = await services.GetRequiredService<RiskPeriodStore>().SaveAsync(id, period, context.GetArgument<int>("expectedVersion"), user, context.CancellationToken);
                await ApplyAsync(services, user);
                return saved;
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("deleteRiskPeriod")
            .Allow(AccessRule.Campaign)
            .Description("Deletes a period of raised risk. A stale expectedVersion is a CONFLICT.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The period.")
            .Argument<NonNullGraphType<IntGraphType>>("expectedVersion", "The version the client saw.")
            .ResolveAsync(async context =>
            {
                var user = CurrentUser.Of(context.User);
                var services = context.RequestServices!;
                await services.GetRequiredService<RiskPeriodStore>().DeleteAsync(Arguments.Id(context, "id"), context.GetArgument<int>("expectedVersion"), user, context.CancellationToken);
                await ApplyAsync(services, user);
                return true;
            });
    }

    private static decimal Factor(object? value) => value switch
    {
        double d when double.IsFinite(d) && Math.Abs(d) < 1e6 => (decimal)d,
        decimal m => m,
        int i => i,
        _ => throw Errors.Rejection.BadInput("factor", "must be a number between 1 and 3"),
    };

    // Not the request's token: the change is committed, and the model should follow even if the client has gone.
    private static async Task ApplyAsync(IServiceProvider services, CurrentUser user)
    {
        await services.GetRequiredService<RiskRecompute>().ApplyModelChangesAsync(RiskTrigger.Configuration, user.UserName, CancellationToken.None);
        await services.GetRequiredService<DataChanges>().RiskPeriodsChangedAsync();
    }
}
