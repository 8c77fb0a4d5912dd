using System.Text.Json;
using System.Text.RegularExpressions;
using FireMap.Api.Audit;
using FireMap.Api.Database;
using FireMap.Api.Errors;
using FireMap.Spatial.Campaigns;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Campaigns;

/// <summary>
/// Reads and saves campaigns. A save replaces the campaign whole (phases and entered deadlines included)
/// in one transaction with its audit entry; it is refused as CONFLICT when the campaign changed since
/// <c>expectedVersion</c> (0: a new campaign), and as BAD_USER_INPUT when its calendar does not hold together.
/// </summary>
public sealed partial class CampaignStore(NpgsqlDataSource dataSource)
{
    public const int MaxNameLength = 200;
    public const int MaxTextLength = 4000;
    public const int MaxPhases = 12;
    public const int MaxDeadlines = 50;

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    private const string Select =
        "SELECT id, code, name, description, starts_on, ends_on, report_day, phases::text, deadlines::text, updated_by, updated_at, version FROM campaigns";

    /// <summary>Every campaign, the latest first.</summary>
    public async Task<IReadOnlyList<CampaignRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"{Select} ORDER BY starts_on DESC, id DESC");
        return await ReadAllAsync(command, cancellationToken);
    }

    /// <summary>The campaign with <paramref name="code"/>, or null.</summary>
    public async Task<CampaignRecord?> FindAsync(string code, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"{Select} WHERE code = @code");
        command.Parameters.AddWithValue("code", code);
        return (await ReadAllAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>The campaign running on <paramref name="today"/>; else the next to start; else the last that ended.</summary>
    public async Task<CampaignRecord?> CurrentAsync(DateOnly today, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"""
            {Select}
            ORDER BY CASE WHEN starts_on <= @today AND @today <= ends_on THEN 0 WHEN starts_on > @today THEN 1 ELSE 2 END,
                     CASE WHEN starts_on > @today THEN starts_on - @today ELSE @today - ends_on END, id
            LIMIT 1
            """);
        command.Parameters.Add(new NpgsqlParameter("today", NpgsqlDbType.Date) { Value = today });
        return (await ReadAllAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>Checks a campaign given by a user; every problem is BAD_USER_INPUT naming its field.</summary>
    public static SaveCampaign Check(string? code, string? name, string? description, CampaignCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var trimmedCode = code?.Trim() ?? "";
        if (!CodePattern().IsMatch(trimmedCode))
        {
            throw Rejection.BadInput("code", "must be 1–40 lower-case letters, digits, '-' or '_', starting with a letter or digit");
        }

        var trimmedName = Text(name, "name", MaxNameLength, required: true);
        var text = Text(description, "description", MaxTextLength, required: false);
        if (calendar.Phases.Count > MaxPhases)
        {
            throw Rejection.BadInput("phases", $"at most {MaxPhases} phases");
        }

        if (calendar.Deadlines.Count > MaxDeadlines)
        {
            throw Rejection.BadInput("deadlines", $"at most {MaxDeadlines} deadlines");
        }

        var phases = calendar.Phases.Select(p => p with
        {
            Name = Text(p.Name, "phases.name", MaxNameLength, required: true),
            Due = Text(p.Due, "phases.due", MaxTextLength, required: false),
        }).ToList();
        var deadlines = calendar.Deadlines.Select(d => d with { Name = Text(d.Name, "deadlines.name", MaxNameLength, required: true) }).ToList();
        var checkedCalendar = calendar with { Phases = phases, Deadlines = deadlines };
        var problems = checkedCalendar.FindProblems();
        return problems.Count > 0
            ? throw Rejection.BadInput("calendar", string.Join("; ", problems))
            : new SaveCampaign(trimmedCode, trimmedName, text, checkedCalendar);
    }

    /// <summary>Creates (<paramref name="expectedVersion"/> 0) or replaces the campaign with the code given.</summary>
    public async Task<CampaignRecord> SaveAsync(SaveCampaign campaign, int expectedVersion, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        await using var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long? id = null;
        var version = 0;
        await using (var current = new NpgsqlCommand("SELECT id, version FROM campaigns WHERE code = @code FOR UPDATE", connection, transaction))
        {
            current.Parameters.AddWithValue("code", campaign.Code);
            await using var reader = await current.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                (id, version) = (reader.GetInt64(0), reader.GetInt32(1));
            }
        }

        if (version != expectedVersion)
        {
            throw Rejection.Of(RejectionKind.Conflict, id is null
                ? $"Campaign '{campaign.Code}' does not exist; save it with expectedVersion 0"
                : $"Campaign '{campaign.Code}' is at version {version}, not {expectedVersion}; reload and retry", "expectedVersion");
        }

        var before = id is long existing ? await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "campaigns", existing, cancellationToken) : null;
        await using (var save = new NpgsqlCommand(id is null
            ? """
              INSERT INTO campaigns (code, name, description, starts_on, ends_on, report_day, phases, deadlines, updated_by)
              VALUES (@code, @name, @description, @from, @to, @day, @phases::jsonb, @deadlines::jsonb, @by)
              ON CONFLICT (code) DO NOTHING
              RETURNING id
              """
            : """
              UPDATE campaigns SET name = @name, description = @description, starts_on = @from, ends_on = @to, report_day = @day,
                  phases = @phases::jsonb, deadlines = @deadlines::jsonb, updated_by = @by
              WHERE code = @code
              RETURNING id
              """, connection, transaction))
        {
            var calendar = campaign.Calendar;
            save.Parameters.AddWithValue("code", campaign.Code);
            save.Parameters.AddWithValue("name", campaign.Name);
            save.Parameters.AddWithValue("description", campaign.Description);
            save.Parameters.AddWithValue("from", calendar.StartsOn);
            save.Parameters.AddWithValue("to", calendar.EndsOn);
            save.Parameters.AddWithValue("day", (short)calendar.ReportDay);
            save.Parameters.Add(new NpgsqlParameter("phases", NpgsqlDbType.Text) { Value = JsonSerializer.Serialize(calendar.Phases, _json) });
            save.Parameters.Add(new NpgsqlParameter("deadlines", NpgsqlDbType.Text) { Value = JsonSerializer.Serialize(calendar.Deadlines, _json) });
            save.Parameters.AddWithValue("by", actor);
            // Created by someone else since we looked: the insert does nothing.
            id = (long?)await save.ExecuteScalarAsync(cancellationToken)
                ?? throw Rejection.Of(RejectionKind.Conflict, $"Campaign '{campaign.Code}' was created meanwhile; reload and retry", "expectedVersion");
        }

        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "campaigns", id.Value, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction,
            new AuditEntry(actor, before is null ? "create" : "update", "campaign", id.Value, before, after), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await FindAsync(campaign.Code, cancellationToken))!;
    }

    /// <summary>True when no campaign is stored.</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand("SELECT NOT EXISTS (SELECT 1 FROM campaigns)");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static string Text(string? value, string field, int max, bool required)
    {
        var text = value?.Trim() ?? "";
        return text.Length > max ? throw Rejection.BadInput(field, $"is longer than {max} characters")
            : required && text.Length == 0 ? throw Rejection.BadInput(field, "must not be empty")
            : text;
    }

    private static async Task<IReadOnlyList<CampaignRecord>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var campaigns = new List<CampaignRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var calendar = new CampaignCalendar(reader.GetFieldValue<DateOnly>(4), reader.GetFieldValue<DateOnly>(5), reader.GetInt16(6),
                JsonSerializer.Deserialize<List<CampaignPhase>>(reader.GetString(7), _json) ?? [],
                JsonSerializer.Deserialize<List<CampaignDeadline>>(reader.GetString(8), _json) ?? []);
            campaigns.Add(new CampaignRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), calendar,
                reader.IsDBNull(9) ? null : reader.GetString(9), reader.GetFieldValue<DateTimeOffset>(10), reader.GetInt32(11)));
        }

        return campaigns;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,39}$")]
    private static partial Regex CodePattern();
}
