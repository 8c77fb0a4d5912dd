using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Changes;
using FireMap.Api.Errors;
using Npgsql;

namespace FireMap.Api.Compounds;

/// <summary>
/// Edits a compound's record (property management, maintenance contractor): one transaction with its
/// audit entry, CONFLICT on a stale version, FORBIDDEN outside the user's community or grids.
/// </summary>
public sealed class CompoundCommands(NpgsqlDataSource dataSource, CompoundRepository compounds, DataChanges changes)
{
    public async Task<CompoundRecord> UpdateAsync(long id, IReadOnlyDictionary<string, object?> columns, int expectedVersion, CurrentUser user,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var scope = new NpgsqlCommand("SELECT community_id, grid_id FROM compounds WHERE id = @id", connection, transaction))
        {
            scope.Parameters.AddWithValue("id", id);
            await using var reader = await scope.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw Rejection.NotFound("compound", id);
            }

            user.EnsureCanChangeIn(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), $"Compound {id}");
        }

        await AuditedUpdate.ApplyAsync(connection, transaction, "compounds", "compound", id, expectedVersion, columns, user.UserName, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // Property management is a risk factor: the compound's score follows.
        await changes.CompoundChangedAsync(id);
        return (await compounds.FindAsync(id, cancellationToken))!;
    }
}
