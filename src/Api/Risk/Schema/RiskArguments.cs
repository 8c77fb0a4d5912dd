using System.Globalization;
using FireMap.Api.Access;
using FireMap.Api.Errors;
using FireMap.Api.GraphQL.Paging;
using FireMap.Api.Risk.Periods;
using FireMap.Api.Risk.Ranking;
using FireMap.Api.Risk.Runs;
using GraphQL;

namespace FireMap.Api.Risk.Schema;

/// <summary>Reads and checks the arguments of the risk fields; a bad value is BAD_USER_INPUT naming it, before any ranking SQL runs.</summary>
internal static class RiskArguments
{
    /// <summary>The earliest as-of date accepted.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static int First(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? PageRequest.DefaultSize;
        return first is >= 1 and <= PageRequest.MaxSize
            ? first
            : throw Rejection.BadInput("first", $"must be between 1 and {PageRequest.MaxSize}, was {first}");
    }

    /// <summary>
    /// The as-of date, or null when absent. A date to compute (<paramref name="today"/> given) must not be after
    /// today in China nor before <see cref="Earliest"/>; a date to read may be any date (no run → NOT_FOUND later).
    /// </summary>
    public static DateOnly? AsOf(IResolveFieldContext context, DateOnly? today)
    {
        var asOf = context.GetArgument<DateOnly?>("asOf");
        if (today is null)
        {
            return asOf;
        }

        if (asOf > today)
        {
            throw Rejection.BadInput("asOf", $"{Day(asOf)} is after today ({Day(today)}, China time): its hazards and blockages are not known yet");
        }

        return asOf < Earliest ? throw Rejection.BadInput("asOf", $"must be {Day(Earliest)} or later, was {Day(asOf)}") : asOf;
    }

    public static async Task<long?> CommunityAsync(IResolveFieldContext context)
    {
        var code = context.GetArgument<string?>("communityCode");
        long? requested = code is null
            ? null
            : await context.RequestServices!.GetRequiredService<RiskScopes>().CommunityIdAsync(code, context.CancellationToken)
                ?? throw Rejection.BadInput("communityCode", $"no community has division code '{code}'");
        return CurrentUser.Of(context.User).NarrowCommunity(requested);
    }

    /// <summary>
    /// The run a ranking reads with the cursor it continues from: the cursor's run when <c>after</c> is given
    /// (it must match <c>asOf</c> if both are), else the current model's run on <c>asOf</c>, else its latest.
    /// </summary>
    public static async Task<(RiskRunRef Run, RiskRankKey? After)> RunAsync(IResolveFieldContext context, char kind)
    {
        var services = context.RequestServices!;
        var asOf = AsOf(context, today: null);
        var runs = services.GetRequiredService<RiskRuns>();
        if (context.GetArgument<string?>("after") is { } after)
        {
            var (runId, key) = RiskRankCursor.TryDecode(kind, after) ?? throw Rejection.BadInput("after", "is not a cursor returned by this ranking");
            var cursorRun = await runs.FindByIdAsync(runId, context.CancellationToken)
                ?? throw Rejection.BadInput("after", "the run this cursor pages through no longer exists");
            return asOf is null || cursorRun.AsOf == asOf
                ? (cursorRun, key)
                : throw Rejection.BadInput("after", $"the cursor pages through the run of {Day(cursorRun.AsOf)}, not {Day(asOf)}");
        }

        var version = services.GetRequiredService<RiskModelSource>().Model.Version;
        var run = await runs.FindAsync(version, asOf, context.CancellationToken);
        return run is not null
            ? (run, null)
            : throw Rejection.Of(RejectionKind.NotFound, asOf is null
                ? $"No risk run of model {version} has been computed yet; run recomputeRisk"
                : $"No risk run of model {version} on {Day(asOf)}; run recomputeRisk(asOf: \"{Day(asOf)}\") first", "asOf");
    }

    /// <summary>A date as yyyy-MM-dd, whatever the server's culture.</summary>
    public static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Parses a list of ids; a malformed one is BAD_USER_INPUT naming <paramref name="name"/>.</summary>
    public static IReadOnlySet<long> Ids(IResolveFieldContext context, string name)
    {
        var ids = new HashSet<long>();
        foreach (var item in context.GetArgument<List<object?>?>(name) ?? [])
        {
            var text = Convert.ToString(item, CultureInfo.InvariantCulture);
            ids.Add(long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
                ? id
                : throw Rejection.BadInput(name, $"'{text}' is not an id of this service"));
        }

        return ids;
    }
}
