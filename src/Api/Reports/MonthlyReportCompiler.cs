using System.Data;
using FireMap.Api.Database;
using FireMap.Api.Reports.Sections;
using FireMap.Spatial.Campaigns;
using FireMap.Spatial.Vocabulary;
using Npgsql;

namespace FireMap.Api.Reports;

/// <summary>
/// Compiles a report's figures from the data: every registered section, in the vocabulary's section order,
/// inside one read-only repeatable-read transaction, so the figures of one report describe one moment.
/// </summary>
public sealed class MonthlyReportCompiler(NpgsqlDataSource dataSource, IEnumerable<IReportSection> sections)
{
    private readonly IReportSection[] _sections = [.. sections.OrderBy(s => Order(s.Section))];

    /// <summary>The figures of <paramref name="scope"/> and the risk run the risk figures come from.</summary>
    /// <param name="scope">The community and period.</param>
    /// <param name="cancellationToken">Cancels the compiling.</param>
    /// <param name="sections">Only these sections (<c>ReportSection</c> codes); all when null.</param>
    public async Task<(IReadOnlyList<ReportFigureValue> Figures, long? RiskRunId)> CompileAsync(ReportScope scope, CancellationToken cancellationToken,
        IReadOnlySet<string>? sections = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        var figures = await FiguresAsync(connection, scope, sections, cancellationToken);
        var run = await RiskReportSection.RunOnOrBeforeAsync(connection, scope.Period.To, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (figures, run);
    }

    /// <summary>
    /// The figures of each of <paramref name="communityIds"/> over <paramref name="period"/>, in that order, from one
    /// snapshot and one connection (the dashboard's every community at once).
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<ReportFigureValue>>> CompileEachAsync(IReadOnlyList<long> communityIds, ReportPeriod period,
        IReadOnlySet<string>? sections, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(communityIds);
        await using var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginAsync(connection, cancellationToken);
        var each = new List<IReadOnlyList<ReportFigureValue>>(communityIds.Count);
        foreach (var id in communityIds)
        {
            each.Add(await FiguresAsync(connection, new ReportScope(id, period), sections, cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return each;
    }

    private static async Task<NpgsqlTransaction> BeginAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        // The sections' statements are small over one community, but their correlated subqueries over series of days
        // and months get estimates high enough that PostgreSQL compiles them with JIT, which took seconds each (the
        // outreach attainment 2.3 s against 8 ms without): JIT is off for the compiling's transaction only.
        await using var setUp = new NpgsqlCommand("SET TRANSACTION READ ONLY; SET LOCAL jit = off", connection, transaction);
        await setUp.ExecuteNonQueryAsync(cancellationToken);
        return transaction;
    }

    private async Task<List<ReportFigureValue>> FiguresAsync(NpgsqlConnection connection, ReportScope scope, IReadOnlySet<string>? sections,
        CancellationToken cancellationToken)
    {
        var figures = new List<ReportFigureValue>();
        foreach (var section in _sections.Where(s => sections is null || sections.Contains(s.Section)))
        {
            figures.AddRange(await section.CompileAsync(connection, scope, cancellationToken));
        }

        return figures;
    }

    private static int Order(string section)
    {
        var codes = Codes.ReportSection.Codes;
        for (var i = 0; i < codes.Count; i++)
        {
            if (codes[i] == section)
            {
                return i;
            }
        }

        return codes.Count;
    }
}
