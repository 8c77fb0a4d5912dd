using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Database;
using FireMap.Api.Errors;
using FireMap.Spatial.Vocabulary;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Risk.Periods;

/// <summary>
/// Lists, saves and deletes the periods of raised fire risk (holidays, major events). A change is one
/// transaction with its audit entry, refused as CONFLICT when the period changed since <c>expectedVersion</c>.
/// The caller puts the changed model in force (<see cref="RiskModelSource"/>).
/// </summary>
public sealed class RiskPeriodStore(NpgsqlDataSource dataSource)
{
    public const int MaxNameLength = 200;
    public const decimal MaxFactor = 3m;

    private const string Select = "SELECT id, name, kind, starts_on, ends_on, factor, updated_by, updated_at, version FROM risk_periods";

    /// <summary>The periods overlapping [<paramref name="from"/>, <paramref name="to"/>] (either open), by start.</summary>
    public async Task<IReadOnlyList<RiskPeriodRecord>> ListAsync(DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"""
            {Select}
            WHERE (@from::date IS NULL OR ends_on >= @from) AND (@to::date IS NULL OR starts_on <= @to)
            ORDER BY starts_on, ends_on, name, id
            """);
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = (object?)from ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = (object?)to ?? DBNull.Value });
        return await ReadAllAsync(command, cancellationToken);
    }

    /// <summary>Every configuration the model has run with, newest first.</summary>
    public async Task<IReadOnlyList<RiskModelVersionRecord>> VersionsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(
            "SELECT version, base_version, jsonb_array_length(periods), created_at FROM risk_model_versions ORDER BY created_at DESC, version DESC");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new List<RiskModelVersionRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(new RiskModelVersionRecord(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return versions;
    }

    /// <summary>Checks a period given by a user; every problem is BAD_USER_INPUT naming its field.</summary>
    public static SaveRiskPeriod Check(string? name, string kind, DateOnly startsOn, DateOnly endsOn, decimal factor)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > MaxNameLength)
        {
            throw Rejection.BadInput("name", $"must have 1–{MaxNameLength} characters");
        }

        if (!Codes.RiskPeriodKind.Contains(kind))
        {
            throw Rejection.BadInput("kind", $"must be one of {string.Join(", ", Codes.RiskPeriodKind.Codes)}");
        }

        if (endsOn < startsOn)
        {
            throw Rejection.BadInput("endsOn", $"{endsOn:yyyy-MM-dd} is before startsOn {startsOn:yyyy-MM-dd}");
        }

        if (factor < 1m || factor > MaxFactor || decimal.Round(factor, 2) != factor)
        {
            throw Rejection.BadInput("factor", $"must be between 1 and {MaxFactor} with at most two decimals, was {factor}");
        }

        return new SaveRiskPeriod(trimmed, kind, startsOn, endsOn, factor);
    }

    /// <summary>Creates (<paramref name="id"/> null, <paramref name="expectedVersion"/> 0) or replaces a period.</summary>
    public async Task<RiskPeriodRecord> SaveAsync(long? id, SaveRiskPeriod period, int expectedVersion, CurrentUser user, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        string? before = null;
        if (id is long existing)
        {
            await EnsureVersionAsync(connection, transaction, existing, expectedVersion, cancellationToken);
            before = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "risk_periods", existing, cancellationToken);
        }
        else if (expectedVersion != 0)
        {
            throw Rejection.BadInput("expectedVersion", "must be 0 for a new period");
        }

        await using var save = new NpgsqlCommand(id is null
            ? """
              INSERT INTO risk_periods (name, kind, starts_on, ends_on, factor, updated_by)
              VALUES (@name, @kind, @from, @to, @factor, @by) RETURNING id
              """
            : """
              UPDATE risk_periods SET name = @name, kind = @kind, starts_on = @from, ends_on = @to, factor = @factor, updated_by = @by
              WHERE id = @id RETURNING id
              """, connection, transaction);
        save.Parameters.AddWithValue("id", (object?)id ?? DBNull.Value);
        save.Parameters.AddWithValue("name", period.Name);
        save.Parameters.AddWithValue("kind", period.Kind);
        save.Parameters.AddWithValue("from", period.StartsOn);
        save.Parameters.AddWithValue("to", period.EndsOn);
        save.Parameters.AddWithValue("factor", period.Factor);
        save.Parameters.AddWithValue("by", user.UserName);
        var savedId = (long)(await save.ExecuteScalarAsync(cancellationToken))!;
        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "risk_periods", savedId, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction,
            new AuditEntry(user.UserName, before is null ? "create" : "update", "risk_period", savedId, before, after), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await FindAsync(savedId, cancellationToken))!;
    }

    /// <summary>Deletes a period; CONFLICT when it changed since <paramref name="expectedVersion"/>.</summary>
    public async Task DeleteAsync(long id, int expectedVersion, CurrentUser user, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await EnsureVersionAsync(connection, transaction, id, expectedVersion, cancellationToken);
        var before = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "risk_periods", id, cancellationToken);
        await using (var delete = new NpgsqlCommand("DELETE FROM risk_periods WHERE id = @id", connection, transaction))
        {
            delete.Parameters.AddWithValue("id", id);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(user.UserName, "delete", "risk_period", id, before, null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task EnsureVersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, int expectedVersion,
        CancellationToken cancellationToken)
    {
        await using var current = new NpgsqlCommand("SELECT version FROM risk_periods WHERE id = @id FOR UPDATE", connection, transaction);
        current.Parameters.AddWithValue("id", id);
        var version = await current.ExecuteScalarAsync(cancellationToken) as int? ?? throw Rejection.NotFound("risk period", id);
        if (version != expectedVersion)
        {
            throw Rejection.Of(RejectionKind.Conflict, $"Risk period {id} is at version {version}, not {expectedVersion}; reload and retry", "expectedVersion");
        }
    }

    private async Task<RiskPeriodRecord?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"{Select} WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        return (await ReadAllAsync(command, cancellationToken)).SingleOrDefault();
    }

    private static async Task<IReadOnlyList<RiskPeriodRecord>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var periods = new List<RiskPeriodRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            periods.Add(new RiskPeriodRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateOnly>(3),
                reader.GetFieldValue<DateOnly>(4), reader.GetDecimal(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetFieldValue<DateTimeOffset>(7), reader.GetInt32(8)));
        }

        return periods;
    }
}
