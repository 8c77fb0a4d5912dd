using System.Text.Json;
using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Errors;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Plans;

/// <summary>
/// Reads and saves compound plans. Reads are narrowed to the user's community in SQL; a save is one
/// transaction with its audit entry (row before and after), refused as CONFLICT when the plan changed
/// since <c>expectedVersion</c> (0: no plan yet).
/// </summary>
public sealed class CompoundPlanCommands(NpgsqlDataSource dataSource)
{
    public const int MaxTextLength = 4000;
    public const int MaxLineLength = 500;
    public const int MaxMeasures = 50;

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    private const string Select = """
        SELECT p.id, p.compound_id, p.problems, p.measures::text, p.progress_notes, p.updated_by, p.updated_at, p.version
        FROM compound_plans p JOIN compounds x ON x.id = p.compound_id
        """;

    public async Task<CompoundPlanRecord?> FindAsync(long compoundId, long? scope, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"{Select} WHERE p.compound_id = @compound AND (@scope::bigint IS NULL OR x.community_id = @scope)");
        command.Parameters.AddWithValue("compound", compoundId);
        command.Parameters.AddWithValue("scope", (object?)scope ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<CompoundPlanRecord> SaveAsync(long compoundId, SaveCompoundPlan plan, int expectedVersion, CurrentUser user, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long community;
        long? grid;
        await using (var scope = new NpgsqlCommand("SELECT community_id, grid_id FROM compounds WHERE id = @id", connection, transaction))
        {
            scope.Parameters.AddWithValue("id", compoundId);
            await using var reader = await scope.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw Rejection.NotFound("compound", compoundId);
            }

            (community, grid) = (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1));
        }

        user.EnsureCanChangeIn(community, grid, $"Compound {compoundId}");

        long? planId = null;
        var version = 0;
        await using (var current = new NpgsqlCommand("SELECT id, version FROM compound_plans WHERE compound_id = @id FOR UPDATE", connection, transaction))
        {
            current.Parameters.AddWithValue("id", compoundId);
            await using var reader = await current.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                (planId, version) = (reader.GetInt64(0), reader.GetInt32(1));
            }
        }

        if (version != expectedVersion)
        {
            throw Rejection.Of(RejectionKind.Conflict,
                $"The plan of compound {compoundId} is at version {version}, not {expectedVersion}; reload and retry", "expectedVersion");
        }

        var before = planId is long existing ? await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "compound_plans", existing, cancellationToken) : null;
        await using (var save = new NpgsqlCommand(planId is null
            ? """
              INSERT INTO compound_plans (compound_id, problems, measures, progress_notes, updated_by)
              VALUES (@compound, @problems, @measures::jsonb, @notes, @by)
              ON CONFLICT (compound_id) DO NOTHING
              RETURNING id
              """
            : """
              UPDATE compound_plans SET problems = @problems, measures = @measures::jsonb, progress_notes = @notes, updated_by = @by
              WHERE compound_id = @compound
              RETURNING id
              """, connection, transaction))
        {
            save.Parameters.AddWithValue("compound", compoundId);
            save.Parameters.AddWithValue("problems", plan.Problems);
            save.Parameters.Add(new NpgsqlParameter("measures", NpgsqlDbType.Text) { Value = JsonSerializer.Serialize(plan.Measures, _json) });
            save.Parameters.AddWithValue("notes", plan.ProgressNotes);
            save.Parameters.AddWithValue("by", user.UserName);
            // A plan created by someone else since we looked: the insert does nothing.
            planId = (long?)await save.ExecuteScalarAsync(cancellationToken)
                ?? throw Rejection.Of(RejectionKind.Conflict, $"The plan of compound {compoundId} was created meanwhile; reload and retry", "expectedVersion");
        }

        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "compound_plans", planId.Value, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction,
            new AuditEntry(user.UserName, before is null ? "create" : "update", "compound_plan", planId.Value, before, after), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await FindAsync(compoundId, null, cancellationToken))!;
    }

    private static CompoundPlanRecord Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2),
        JsonSerializer.Deserialize<List<PlanMeasure>>(reader.GetString(3), _json) ?? [],
        reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6), reader.GetInt32(7));
}
