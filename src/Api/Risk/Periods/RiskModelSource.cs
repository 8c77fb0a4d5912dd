using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Risk.Scoring;
using Npgsql;

namespace FireMap.Api.Risk.Periods;

/// <summary>
/// The risk model in force: the model file's weights with the periods of raised risk stored in the
/// database. Its version is the file's version while the periods equal the file's, and the file's version
/// with a running suffix (<c>v1.1</c>, <c>v1.2</c>, …) for each other set of periods, recorded in
/// <c>risk_model_versions</c> under the set's hash, so every instance names the same set the same way and
/// scores stay stored per version as they are when the file changes.
/// </summary>
public sealed class RiskModelSource(RiskModel fileModel, NpgsqlDataSource dataSource, ILogger<RiskModelSource> logger)
{
    // Advisory lock key ("FMRMV") taken while a new version number is chosen.
    private const long VersionLockKey = 0x464D_524D_56;

    private volatile RiskModelState _state = new(new RiskScorer(fileModel), Hash(fileModel.HolidayPeriods));

    /// <summary>The scorer of the model in force; the file's model until a stored change has been applied.</summary>
    public RiskScorer Scorer => _state.Scorer;

    /// <summary>The model in force.</summary>
    public RiskModel Model => _state.Scorer.Model;

    /// <summary>
    /// Reads the stored periods; when they differ from the ones in force, the model that holds them (its
    /// version created on first sight), not yet in force: the caller computes its run, then calls <see cref="Use"/>,
    /// so rankings never point at a version without scores.
    /// </summary>
    /// <returns>The changed model, or null when the stored periods are the ones in force.</returns>
    public async Task<RiskModelState?> ReadChangeAsync(CancellationToken cancellationToken)
    {
        var periods = await ReadPeriodsAsync(cancellationToken);
        var hash = Hash(periods);
        if (hash == _state.PeriodsHash)
        {
            return null;
        }

        var version = await VersionOfAsync(periods, hash, cancellationToken);
        var model = fileModel with { Version = version, HolidayPeriods = periods };
        model.EnsureUsable("risk_periods");
        return new RiskModelState(new RiskScorer(model), hash);
    }

    /// <summary>Puts <paramref name="state"/> in force.</summary>
    /// <param name="state">A model returned by <see cref="ReadChangeAsync"/>.</param>
    public void Use(RiskModelState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _state = state;
        logger.LogInformation("Risk model {Version} in force: {Count} periods of raised risk", state.Scorer.Model.Version, state.Scorer.Model.HolidayPeriods.Count);
    }

    /// <summary>
    /// Stores the model file's periods when the database has never held any, so an installation starts
    /// with the periods it had while they lived in the file. Runs once per database: the file's version is
    /// recorded with them, and a later empty table means someone removed every period.
    /// </summary>
    public async Task SeedFromFileAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, cancellationToken);
        await using (var seeded = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM risk_model_versions WHERE base_version = @base)", connection, transaction))
        {
            seeded.Parameters.AddWithValue("base", fileModel.Version);
            if ((bool)(await seeded.ExecuteScalarAsync(cancellationToken))!)
            {
                return;
            }
        }

        foreach (var period in fileModel.HolidayPeriods)
        {
            await using var insert = new NpgsqlCommand("""
                INSERT INTO risk_periods (name, kind, starts_on, ends_on, factor, updated_by)
                VALUES (@name, 'holiday', @from, @to, @factor, 'system')
                """, connection, transaction);
            insert.Parameters.AddWithValue("name", period.Name);
            insert.Parameters.AddWithValue("from", period.From);
            insert.Parameters.AddWithValue("to", period.To);
            insert.Parameters.AddWithValue("factor", (decimal)period.Factor);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await InsertVersionAsync(connection, transaction, fileModel.Version, fileModel.HolidayPeriods, Hash(fileModel.HolidayPeriods), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The periods in force as the model reads them: stored order is start, end, name.</summary>
    private async Task<IReadOnlyList<HolidayPeriod>> ReadPeriodsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT name, starts_on, ends_on, factor FROM risk_periods ORDER BY starts_on, ends_on, name, id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var periods = new List<HolidayPeriod>();
        while (await reader.ReadAsync(cancellationToken))
        {
            periods.Add(new HolidayPeriod
            {
                Name = reader.GetString(0),
                From = reader.GetFieldValue<DateOnly>(1),
                To = reader.GetFieldValue<DateOnly>(2),
                Factor = (double)reader.GetDecimal(3),
            });
        }

        return periods;
    }

    private async Task<string> VersionOfAsync(IReadOnlyList<HolidayPeriod> periods, string hash, CancellationToken cancellationToken)
    {
        if (hash == Hash(fileModel.HolidayPeriods))
        {
            return fileModel.Version;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, cancellationToken);
        await using (var find = new NpgsqlCommand(
            "SELECT version FROM risk_model_versions WHERE base_version = @base AND periods_hash = @hash", connection, transaction))
        {
            find.Parameters.AddWithValue("base", fileModel.Version);
            find.Parameters.AddWithValue("hash", hash);
            if (await find.ExecuteScalarAsync(cancellationToken) is string known)
            {
                return known;
            }
        }

        int next;
        await using (var count = new NpgsqlCommand(
            "SELECT count(*) FROM risk_model_versions WHERE base_version = @base AND version <> @base", connection, transaction))
        {
            count.Parameters.AddWithValue("base", fileModel.Version);
            next = (int)(long)(await count.ExecuteScalarAsync(cancellationToken))! + 1;
        }

        var version = $"{fileModel.Version}.{next.ToString(CultureInfo.InvariantCulture)}";
        await InsertVersionAsync(connection, transaction, version, periods, hash, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return version;
    }

    private async Task InsertVersionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string version,
        IReadOnlyList<HolidayPeriod> periods, string hash, CancellationToken cancellationToken)
    {
        await using var insert = new NpgsqlCommand("""
            INSERT INTO risk_model_versions (version, base_version, periods_hash, periods)
            VALUES (@version, @base, @hash, @periods::jsonb)
            ON CONFLICT DO NOTHING
            """, connection, transaction);
        insert.Parameters.AddWithValue("version", version);
        insert.Parameters.AddWithValue("base", fileModel.Version);
        insert.Parameters.AddWithValue("hash", hash);
        insert.Parameters.AddWithValue("periods", Canonical(periods));
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction);
        command.Parameters.AddWithValue("key", VersionLockKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // The same periods in any order give the same text: sorted as the database reads them, factors to two decimals.
    private static string Canonical(IEnumerable<HolidayPeriod> periods) => JsonSerializer.Serialize(
        periods.OrderBy(p => p.From).ThenBy(p => p.To).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new { name = p.Name, from = p.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to = p.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), factor = Math.Round(p.Factor, 2) }));

    private static string Hash(IEnumerable<HolidayPeriod> periods) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(periods))));
}

/// <summary>A model with the hash of its periods, which tells whether the stored periods changed.</summary>
public sealed record RiskModelState(RiskScorer Scorer, string PeriodsHash);
