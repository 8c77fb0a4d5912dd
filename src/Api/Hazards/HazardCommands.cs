using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Changes;
using FireMap.Api.Errors;
using FireMap.Api.Photos;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Hazards;

/// <summary>
/// Reports hazards and moves them through the workflow (<see cref="HazardWorkflow"/>). Each change is one
/// transaction with its transition and its audit entry (row before and after); a refused change
/// (<see cref="Rejection"/>) writes nothing. After the commit the hazard's compound is reported to
/// <see cref="DataChanges"/>, so its risk scores follow.
/// </summary>
public sealed class HazardCommands(NpgsqlDataSource dataSource, HazardCalendar calendar, IOptions<HazardOptions> options, DataChanges changes)
{
    private const string Insert = """
        WITH n AS (SELECT nextval(pg_get_serial_sequence('hazards', 'id')) AS id)
        INSERT INTO hazards (id, code, subject_type, subject_id, category, description, severity, found_on, found_by, deadline,
                             responsible_unit, responsible_person, status, supervised, supervising_unit, supervised_on, geom)
        OVERRIDING SYSTEM VALUE
        SELECT n.id, 'YH' || to_char(@found_on::date, 'YYYYMMDD') || '-' || n.id, @subject_type, @subject_id, @category, @description,
               @severity, @found_on, @found_by, @deadline, @responsible_unit, @responsible_person, 'found', @supervised,
               @supervising_unit, @supervised_on, @geom
        FROM n
        RETURNING id
        """;

    public async Task<HazardRecord> ReportAsync(ReportHazard report, CurrentUser user, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var reported = await ReportWithinAsync(connection, transaction, report, user, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await TellAsync(reported);
        return reported;
    }

    /// <summary>
    /// Reports a hazard inside the caller's transaction, with the same rules, defaults, scope check and audit as
    /// <see cref="ReportAsync"/>, so a record that raises hazards (an inspection, a visit) is written whole or not at all.
    /// The caller commits and then reports the hazard's compound to <see cref="DataChanges"/>.
    /// </summary>
    public async Task<HazardRecord> ReportWithinAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ReportHazard report, CurrentUser user,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(user);
        var today = calendar.Today;
        var foundOn = report.FoundOn ?? today;
        if (foundOn > today)
        {
            throw Rejection.BadInput("foundOn", $"{foundOn:yyyy-MM-dd} is after today ({today:yyyy-MM-dd})");
        }

        var deadline = report.Deadline ?? options.Value.DefaultDeadline(report.Severity, report.Category, foundOn);
        if (deadline < foundOn)
        {
            throw Rejection.BadInput("deadline", $"{deadline:yyyy-MM-dd} is before the found date {foundOn:yyyy-MM-dd}");
        }

        // 挂牌督办: a major hazard is under listed supervision from the moment it is reported.
        var major = report.Severity == "major";
        var supervisingUnit = major ? report.SupervisingUnit ?? options.Value.SupervisingUnit : null;

        var location = await HazardLocator.LocateAsync(connection, transaction, report, cancellationToken);
        user.EnsureCanChangeIn(location.CommunityId, location.GridId,
            location.SubjectType is null ? "That point" : $"The {location.SubjectType.Replace('_', ' ')} {location.SubjectId}");

        long id;
        await using (var insert = new NpgsqlCommand(Insert, connection, transaction))
        {
            var p = insert.Parameters;
            p.Add(Nullable("subject_type", NpgsqlDbType.Text, location.SubjectType));
            p.Add(Nullable("subject_id", NpgsqlDbType.Bigint, location.SubjectId));
            p.AddWithValue("category", report.Category);
            p.AddWithValue("description", report.Description);
            p.AddWithValue("severity", report.Severity);
            p.AddWithValue("found_on", foundOn);
            p.Add(Nullable("found_by", NpgsqlDbType.Text, report.FoundBy ?? user.DisplayName));
            p.AddWithValue("deadline", deadline);
            p.AddWithValue("responsible_unit", report.ResponsibleUnit);
            p.Add(Nullable("responsible_person", NpgsqlDbType.Text, report.ResponsiblePerson));
            p.AddWithValue("supervised", major);
            p.Add(Nullable("supervising_unit", NpgsqlDbType.Text, supervisingUnit));
            p.Add(Nullable("supervised_on", NpgsqlDbType.Date, major ? foundOn : null));
            p.AddWithValue("geom", location.Point);
            id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }

        await RecordAsync(connection, transaction, id, HazardWorkflow.Report, null, HazardWorkflow.Found, user, null, cancellationToken);
        await PhotoLinks.LinkAsync(connection, transaction, report.PhotoIds ?? [], "hazard", id, location.CommunityId, user, cancellationToken);
        if (major)
        {
            await RecordAsync(connection, transaction, id, HazardWorkflow.Supervise, HazardWorkflow.Found, HazardWorkflow.Found, user,
                supervisingUnit, cancellationToken);
        }

        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "hazards", id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(user.UserName, "report", "hazard", id, null, after), cancellationToken);
        var reported = (await HazardRepository.FindAsync(connection, transaction, id, cancellationToken))!;
        await RecordEvents.WriteAsync(connection, transaction, RecordEvents.HazardCreated, id, EventData(reported), cancellationToken);
        return reported;
    }

    /// <summary>
    /// Takes one workflow step. NOT_FOUND for an unknown hazard; FORBIDDEN outside the user's scope;
    /// CONFLICT for a stale version or a step not allowed from the hazard's status; BAD_USER_INPUT for
    /// an extension that does not move the deadline later.
    /// </summary>
    public async Task<HazardRecord> ChangeAsync(long id, HazardChange change, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The row lock makes a concurrent change wait here; it then sees this one's version.
        var before = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "hazards", id, cancellationToken)
            ?? throw Rejection.NotFound("Hazard", id);
        var current = (await HazardRepository.FindAsync(connection, transaction, id, cancellationToken))!;
        user.EnsureCanChangeIn(current.CommunityId ?? -1, current.GridId, $"Hazard {current.Code}");
        if (change.ExpectedVersion != current.Version)
        {
            throw Rejection.Of(RejectionKind.Conflict,
                $"Hazard {current.Code} changed since version {change.ExpectedVersion} (now {current.Version}); reload and retry", "expectedVersion");
        }

        var next = HazardWorkflow.Next(current, change.Action, out var refusal)
            ?? throw Rejection.Of(RejectionKind.Conflict, $"Hazard {current.Code} is {current.Status}: {refusal}", "id");
        if (change.Action == HazardWorkflow.ExtendDeadline)
        {
            CheckExtension(current, change.Deadline!.Value);
        }

        await using (var update = new NpgsqlCommand(HazardUpdates.For(change.Action), connection, transaction))
        {
            update.Parameters.AddWithValue("id", id);
            update.Parameters.Add(Nullable("note", NpgsqlDbType.Text, change.Note));
            update.Parameters.Add(Nullable("deadline", NpgsqlDbType.Date, change.Deadline));
            update.Parameters.Add(Nullable("unit", NpgsqlDbType.Text, change.SupervisingUnit));
            update.Parameters.AddWithValue("today", calendar.Today);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        var note = change.Action switch
        {
            HazardWorkflow.ExtendDeadline => $"{current.Deadline:yyyy-MM-dd} → {change.Deadline:yyyy-MM-dd}: {change.Note}",
            HazardWorkflow.Supervise => change.Note is null ? change.SupervisingUnit : $"{change.SupervisingUnit}: {change.Note}",
            _ => change.Note,
        };
        await RecordAsync(connection, transaction, id, change.Action, current.Status, next, user, note, cancellationToken);
        await PhotoLinks.LinkAsync(connection, transaction, change.PhotoIds ?? [], "hazard", id, current.CommunityId, user, cancellationToken);
        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "hazards", id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(user.UserName, change.Action, "hazard", id, before, after), cancellationToken);
        var changed = (await HazardRepository.FindAsync(connection, transaction, id, cancellationToken))!;
        if (next == HazardWorkflow.Closed && current.Status != HazardWorkflow.Closed)
        {
            await RecordEvents.WriteAsync(connection, transaction, RecordEvents.HazardClosed, id, EventData(changed), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await TellAsync(changed);
        return changed;
    }

    // What subscribers learn of a hazard: its facts, never the responsible person.
    private static object EventData(HazardRecord hazard) => new
    {
        hazard.Id, hazard.Code, hazard.Category, hazard.Severity, hazard.Status, hazard.FoundOn, hazard.Deadline, hazard.CommunityCode,
        hazard.GridCode, hazard.ClosedAt,
    };

    private static void CheckExtension(HazardRecord current, DateOnly deadline)
    {
        if (deadline < current.FoundOn)
        {
            throw Rejection.BadInput("deadline", $"{deadline:yyyy-MM-dd} is before the found date {current.FoundOn:yyyy-MM-dd}");
        }

        if (deadline <= current.Deadline)
        {
            throw Rejection.BadInput("deadline", $"{deadline:yyyy-MM-dd} does not extend the current deadline {current.Deadline:yyyy-MM-dd}");
        }
    }

    private async Task TellAsync(HazardRecord hazard)
    {
        if (hazard.CompoundId is long compound)
        {
            await changes.CompoundChangedAsync(compound);
        }
    }

    private static async Task RecordAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, string action, string? from, string to,
        CurrentUser user, string? note, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO hazard_transitions (hazard_id, action, from_status, to_status, actor, note)
            VALUES (@id, @action, @from, @to, @actor, @note)
            """, connection, transaction);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("action", action);
        command.Parameters.Add(Nullable("from", NpgsqlDbType.Text, from));
        command.Parameters.AddWithValue("to", to);
        command.Parameters.AddWithValue("actor", user.UserName);
        command.Parameters.Add(Nullable("note", NpgsqlDbType.Text, note));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlParameter Nullable(string name, NpgsqlDbType type, object? value) => new(name, type) { Value = value ?? DBNull.Value };
}
