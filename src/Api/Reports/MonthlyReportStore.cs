using System.Globalization;
using System.Text.Json;
using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Campaigns;
using FireMap.Api.Database;
using FireMap.Api.Errors;
using FireMap.Spatial.Campaigns;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Reports;

/// <summary>
/// The monthly reports: reads (a report not begun yet reads as an empty draft), the narrative, submission
/// (figures and the rows behind them frozen with the narrative) and reopening. Each change is one
/// transaction with its audit entry and is refused as CONFLICT when the report changed since
/// <c>expectedVersion</c> (0: not begun); a submitted report refuses every change but reopening.
/// </summary>
public sealed class MonthlyReportStore(NpgsqlDataSource dataSource, CampaignStore campaigns, MonthlyReportCompiler compiler)
{
    public const int MaxTextLength = 4000;

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    private const string Select = """
        SELECT c.id, c.code, c.name, r.id, r.status, r.work_done, r.problems, r.next_steps, r.figures::text, r.risk_run_id,
               r.submitted_by, r.submitted_at, r.reopened_by, r.reopened_at, r.updated_by, r.version
        FROM communities c
        LEFT JOIN monthly_reports r ON r.community_id = c.id AND r.month = @month
        """;

    /// <summary>Parses a month as <c>yyyy-MM</c>; anything else is BAD_USER_INPUT naming <paramref name="field"/>.</summary>
    public static DateOnly ParseMonth(string? text, string field = "month") =>
        DateOnly.TryParseExact($"{text}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month
            : throw Rejection.BadInput(field, $"must be a month as yyyy-MM, was '{text}'");

    /// <summary>The period of <paramref name="month"/>'s report: the report day of the campaign running that month, else the 20th.</summary>
    public async Task<ReportPeriod> PeriodAsync(DateOnly month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        var running = (await campaigns.ListAsync(cancellationToken))
            .Where(c => c.Calendar.StartsOn <= last && first <= c.Calendar.EndsOn)
            .OrderByDescending(c => c.Calendar.StartsOn)
            .FirstOrDefault();
        return ReportPeriod.Of(first, running?.Calendar.ReportDay ?? CampaignCalendar.DefaultReportDay);
    }

    /// <summary>The report of a community (by code) for a month; NOT_FOUND for an unknown community.</summary>
    public async Task<MonthlyReportRecord> FindAsync(string communityCode, DateOnly month, CancellationToken cancellationToken)
    {
        var period = await PeriodAsync(month, cancellationToken);
        await using var command = dataSource.Routed().CreateCommand($"{Select} WHERE c.code = @code");
        command.Parameters.Add(new NpgsqlParameter("month", NpgsqlDbType.Date) { Value = period.Month });
        command.Parameters.AddWithValue("code", communityCode);
        return (await ReadAllAsync(command, period, cancellationToken)).SingleOrDefault() ?? throw Rejection.NotFound("community", communityCode);
    }

    /// <summary>The reports of a month of every community in scope (<paramref name="scope"/> null: all), by community code.</summary>
    public async Task<IReadOnlyList<MonthlyReportRecord>> ListAsync(DateOnly month, long? scope, CancellationToken cancellationToken)
    {
        var period = await PeriodAsync(month, cancellationToken);
        await using var command = dataSource.Routed().CreateCommand($"{Select} WHERE (@scope::bigint IS NULL OR c.id = @scope) ORDER BY c.code");
        command.Parameters.Add(new NpgsqlParameter("month", NpgsqlDbType.Date) { Value = period.Month });
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)scope ?? DBNull.Value });
        return await ReadAllAsync(command, period, cancellationToken);
    }

    /// <summary>The figures of a report: frozen ones once submitted, else compiled now.</summary>
    public async Task<IReadOnlyList<ReportFigureValue>> FiguresAsync(MonthlyReportRecord report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.FrozenFigures ?? (await compiler.CompileAsync(new ReportScope(report.CommunityId, report.Period), cancellationToken)).Figures;
    }

    /// <summary>Checks a narrative given by a user.</summary>
    public static ReportNarrative Check(string? workDone, string? problems, string? nextSteps) =>
        new(Text(workDone, "workDone"), Text(problems, "problems"), Text(nextSteps, "nextSteps"));

    /// <summary>Saves the narrative of a draft.</summary>
    public async Task<MonthlyReportRecord> SaveNarrativeAsync(string communityCode, DateOnly month, ReportNarrative narrative, int expectedVersion,
        CurrentUser user, CancellationToken cancellationToken) =>
        await ChangeAsync(communityCode, month, expectedVersion, user, "update", async (connection, transaction, report, id) =>
        {
            EnsureDraft(report);
            await using var update = new NpgsqlCommand(
                "UPDATE monthly_reports SET work_done = @work, problems = @problems, next_steps = @next, updated_by = @by WHERE id = @id",
                connection, transaction);
            update.Parameters.AddWithValue("work", narrative.WorkDone);
            update.Parameters.AddWithValue("problems", narrative.Problems);
            update.Parameters.AddWithValue("next", narrative.NextSteps);
            update.Parameters.AddWithValue("by", user.UserName);
            update.Parameters.AddWithValue("id", id);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>Submits a draft: compiles its figures now and freezes them with the narrative.</summary>
    public async Task<MonthlyReportRecord> SubmitAsync(string communityCode, DateOnly month, int expectedVersion, CurrentUser user,
        CancellationToken cancellationToken) =>
        await ChangeAsync(communityCode, month, expectedVersion, user, "submit", async (connection, transaction, report, id) =>
        {
            EnsureDraft(report);
            if (report.WorkDone.Length == 0)
            {
                throw Rejection.BadInput("workDone", "describe the work done before submitting");
            }

            var (figures, run) = await compiler.CompileAsync(new ReportScope(report.CommunityId, report.Period), cancellationToken);
            await using var update = new NpgsqlCommand("""
                UPDATE monthly_reports SET status = 'submitted', figures = @figures::jsonb, risk_run_id = @run,
                    submitted_by = @by, submitted_at = now(), updated_by = @by
                WHERE id = @id
                """, connection, transaction);
            update.Parameters.Add(new NpgsqlParameter("figures", NpgsqlDbType.Text) { Value = JsonSerializer.Serialize(figures, _json) });
            update.Parameters.Add(new NpgsqlParameter("run", NpgsqlDbType.Bigint) { Value = (object?)run ?? DBNull.Value });
            update.Parameters.AddWithValue("by", user.UserName);
            update.Parameters.AddWithValue("id", id);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>Reopens a submitted report: a draft again, its figures compiled live until the next submission.</summary>
    public async Task<MonthlyReportRecord> ReopenAsync(string communityCode, DateOnly month, int expectedVersion, CurrentUser user,
        CancellationToken cancellationToken) =>
        await ChangeAsync(communityCode, month, expectedVersion, user, "reopen", async (connection, transaction, report, id) =>
        {
            if (!report.IsSubmitted)
            {
                throw Rejection.Of(RejectionKind.Conflict, $"The report of {report.CommunityCode} for {report.Period.Month:yyyy-MM} is not submitted", "expectedVersion");
            }

            // Who submitted when stays in the audit log; the row shows the reopening.
            await using var update = new NpgsqlCommand("""
                UPDATE monthly_reports SET status = 'draft', figures = NULL, risk_run_id = NULL, submitted_by = NULL, submitted_at = NULL,
                    reopened_by = @by, reopened_at = now(), updated_by = @by
                WHERE id = @id
                """, connection, transaction);
            update.Parameters.AddWithValue("by", user.UserName);
            update.Parameters.AddWithValue("id", id);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    private delegate Task Change(NpgsqlConnection connection, NpgsqlTransaction transaction, MonthlyReportRecord report, long id);

    // Locks (or creates) the report row, checks scope and version, applies the change and audits it, in one transaction.
    private async Task<MonthlyReportRecord> ChangeAsync(string communityCode, DateOnly month, int expectedVersion, CurrentUser user, string action,
        Change change, CancellationToken cancellationToken)
    {
        var report = await FindAsync(communityCode, month, cancellationToken);
        user.EnsureCanChangeIn(report.CommunityId, null, $"Community {communityCode}");
        await using var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var ensure = new NpgsqlCommand(
            "INSERT INTO monthly_reports (community_id, month, updated_by) VALUES (@community, @month, @by) ON CONFLICT (community_id, month) DO NOTHING",
            connection, transaction))
        {
            ensure.Parameters.AddWithValue("community", report.CommunityId);
            ensure.Parameters.Add(new NpgsqlParameter("month", NpgsqlDbType.Date) { Value = report.Period.Month });
            ensure.Parameters.AddWithValue("by", user.UserName);
            await ensure.ExecuteNonQueryAsync(cancellationToken);
        }

        long id;
        int version;
        await using (var current = new NpgsqlCommand(
            "SELECT id, version, (xmax = 0 AND created_at = now()) FROM monthly_reports WHERE community_id = @community AND month = @month FOR UPDATE",
            connection, transaction))
        {
            current.Parameters.AddWithValue("community", report.CommunityId);
            current.Parameters.Add(new NpgsqlParameter("month", NpgsqlDbType.Date) { Value = report.Period.Month });
            await using var reader = await current.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            // A row this transaction just created stands for a report not begun: version 0.
            (id, version) = (reader.GetInt64(0), reader.GetBoolean(2) ? 0 : reader.GetInt32(1));
        }

        if (version != expectedVersion)
        {
            throw Rejection.Of(RejectionKind.Conflict,
                $"The report of {communityCode} for {report.Period.Month:yyyy-MM} is at version {version}, not {expectedVersion}; reload and retry", "expectedVersion");
        }

        var before = version == 0 ? null : await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "monthly_reports", id, cancellationToken);
        await change(connection, transaction, report with { Version = version }, id);
        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "monthly_reports", id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(user.UserName, action, "monthly_report", id, before, after), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await FindAsync(communityCode, month, cancellationToken);
    }

    private static void EnsureDraft(MonthlyReportRecord report)
    {
        if (report.IsSubmitted)
        {
            throw Rejection.Of(RejectionKind.Conflict,
                $"The report of {report.CommunityCode} for {report.Period.Month:yyyy-MM} was submitted and is frozen; the sub-district office can reopen it",
                "expectedVersion");
        }
    }

    private static string Text(string? value, string field)
    {
        var text = value?.Trim() ?? "";
        return text.Length > MaxTextLength ? throw Rejection.BadInput(field, $"is longer than {MaxTextLength} characters") : text;
    }

    private static async Task<IReadOnlyList<MonthlyReportRecord>> ReadAllAsync(NpgsqlCommand command, ReportPeriod period, CancellationToken cancellationToken)
    {
        var reports = new List<MonthlyReportRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var stored = !reader.IsDBNull(3);
            reports.Add(new MonthlyReportRecord(
                stored ? reader.GetInt64(3) : null, reader.GetInt64(0), reader.GetString(1), reader.GetString(2), period,
                stored ? reader.GetString(4) : MonthlyReportRecord.Draft,
                stored ? reader.GetString(5) : "", stored ? reader.GetString(6) : "", stored ? reader.GetString(7) : "",
                reader.IsDBNull(8) ? null : JsonSerializer.Deserialize<List<ReportFigureValue>>(reader.GetString(8), _json),
                reader.IsDBNull(9) ? null : reader.GetInt64(9),
                reader.IsDBNull(10) ? null : reader.GetString(10), reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11),
                reader.IsDBNull(12) ? null : reader.GetString(12), reader.IsDBNull(13) ? null : reader.GetFieldValue<DateTimeOffset>(13),
                reader.IsDBNull(14) ? null : reader.GetString(14), stored ? reader.GetInt32(15) : 0));
        }

        return reports;
    }
}
