using System.Data;
using FireMap.Api.Database;
using FireMap.Api.Reports.Sections;
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
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, transaction))
        {
            await readOnly.ExecuteNonQueryAsync(cancellationToken);
        }

        var figures = new List<ReportFigureValue>();
        foreach (var section in _sections.Where(s => sections is null || sections.Contains(s.Section)))
        {
            figures.AddRange(await section.CompileAsync(connection, scope, cancellationToken));
        }

        var run = await RiskReportSection.RunOnOrBeforeAsync(connection, scope.Period.To, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (figures, run);
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
