using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Paging;
using FireMap.Api.Risk.Ranking;
using FireMap.Api.Risk.Runs;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace FireMap.Api.Risk.Schema;

/// <summary>
/// The analysts' risk queries (docs/risk-model.md): compound and building rankings of a stored run,
/// a compound's history across runs, what-if scenarios, and the runs themselves.
/// </summary>
public sealed class RiskFields : IRootFields
{
    public const int MaxRuns = 500;

    public void AddQueries(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        Ranking<CompoundRiskRankGraphType>(query, "compoundRanking",
            "Compounds by fire risk, highest first (score descending, then id), with each factor's share. Reads a stored run: the latest when asOf is absent.")
            .ResolveAsync(async context =>
            {
                var first = RiskArguments.First(context);
                var (run, after) = await RiskArguments.RunAsync(context, RiskRankCursor.Compounds);
                var filter = new RiskRankingFilter(await RiskArguments.CommunityAsync(context), context.GetArgument<string?>("level"));
                var ranking = context.RequestServices!.GetRequiredService<RiskRanking>();
                var rows = await ranking.CompoundsAsync(run, filter, after, first + 1, context.CancellationToken);
                int? total = Wants(context) ? await ranking.CountCompoundsAsync(run, filter, context.CancellationToken) : null;
                return Page(rows, first, after is not null, total, r => RiskRankCursor.Encode(RiskRankCursor.Compounds, run.Id, r.Risk.Score, r.CompoundId));
            });

        Ranking<BuildingRiskRankGraphType>(query, "buildingRanking",
            "Buildings by fire risk, highest first (score descending, then id), with each factor's share. Reads a stored run: the latest when asOf is absent.")
            .Argument<IdGraphType>("compoundId", "Only the buildings of this compound (ranked among themselves).")
            .ResolveAsync(async context =>
            {
                var first = RiskArguments.First(context);
                long? compoundId = context.GetArgument<string?>("compoundId") is null ? null : Arguments.Id(context, "compoundId");
                if (compoundId is long id && !await context.RequestServices!.GetRequiredService<RiskScopes>().CompoundExistsAsync(id, context.CancellationToken))
                {
                    throw Rejection.NotFound("compound", context.GetArgument<string>("compoundId"));
                }

                var (run, after) = await RiskArguments.RunAsync(context, RiskRankCursor.Buildings);
                var filter = new RiskRankingFilter(await RiskArguments.CommunityAsync(context), context.GetArgument<string?>("level"), compoundId);
                var ranking = context.RequestServices!.GetRequiredService<RiskRanking>();
                var rows = await ranking.BuildingsAsync(run, filter, after, first + 1, context.CancellationToken);
                int? total = Wants(context) ? await ranking.CountBuildingsAsync(run, filter, context.CancellationToken) : null;
                return Page(rows, first, after is not null, total, r => RiskRankCursor.Encode(RiskRankCursor.Buildings, run.Id, r.Risk.Score, r.BuildingId));
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskHistoryPointGraphType>>>>("riskHistory")
            .Allow(AccessRule.Read)
            .Description("A compound's score in every stored run, oldest as-of date first; NOT_FOUND for an unknown compound.")
            .Argument<NonNullGraphType<IdGraphType>>("compoundId", "Id of the compound.")
            .ResolveAsync(async context =>
            {
                var id = Arguments.Id(context, "compoundId");
                var services = context.RequestServices!;
                if (!await services.GetRequiredService<RiskScopes>().CompoundExistsAsync(id, context.CancellationToken))
                {
                    throw Rejection.NotFound("compound", context.GetArgument<string>("compoundId"));
                }

                return await services.GetRequiredService<RiskRanking>().HistoryAsync(id, context.CancellationToken);
            });

        RiskWhatIfField.AddTo(query);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskRunGraphType>>>>("riskRuns")
            .Allow(AccessRule.Read)
            .Description("Stored risk runs, newest as-of date first.")
            .Argument<IntGraphType>("first", $"How many, 1–{MaxRuns} (default 30).")
            .ResolveAsync(async context =>
            {
                var first = context.GetArgument<int?>("first") ?? 30;
                if (first is < 1 or > MaxRuns)
                {
                    throw Rejection.BadInput("first", $"must be between 1 and {MaxRuns}, was {first}");
                }

                return await context.RequestServices!.GetRequiredService<RiskRuns>().ListAsync(first, context.CancellationToken);
            });
    }

    public void AddMutations(ObjectGraphType mutation) => RiskMutations.AddTo(mutation);
    private static FieldBuilder<object?, object> Ranking<TNodeType>(ObjectGraphType query, string name, string description)
        where TNodeType : IGraphType =>
        query.Field<NonNullGraphType<ConnectionType<TNodeType>>>(name)
            .Allow(AccessRule.Read)
            .Description(description)
            .Argument<IntGraphType>("first", $"Page size, 1–{PageRequest.MaxSize} (default {PageRequest.DefaultSize}).")
            .Argument<StringGraphType>("after", "Cursor after which the page starts (pageInfo.endCursor of the previous page); it keeps paging through the same run.")
            .Argument<StringGraphType>("communityCode", "Only this community (division code, e.g. 500104002001); ranks are then within the community.")
            .Argument<RiskLevelGraphType>("level", "Only this level; ranks stay those of the unfiltered list.")
            .Argument<DateOnlyGraphType>("asOf", "The run's date (China time); the latest run when absent. NOT_FOUND when no run has that date.");

    private static bool Wants(IResolveFieldContext context) => context.SubFields?.ContainsKey("totalCount") == true;

    private static Connection<T> Page<T>(IReadOnlyList<T> fetched, int first, bool after, int? total, Func<T, string> cursor)
    {
        var edges = fetched.Take(first).Select(row => new Edge<T> { Node = row, Cursor = cursor(row) }).ToList();
        return new Connection<T>
        {
            Edges = edges,
            TotalCount = total,
            PageInfo = new PageInfo
            {
                HasNextPage = fetched.Count > first,
                HasPreviousPage = after,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }
}
