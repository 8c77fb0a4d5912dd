using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Errors;
using Npgsql;

namespace FireMap.Api.Places;

/// <summary>
/// Edits a place's record (responsible unit, self-inspection date): one transaction with its audit entry,
/// CONFLICT on a stale version, FORBIDDEN outside the user's community or grids.
/// </summary>
public sealed class PlaceCommands(NpgsqlDataSource dataSource)
{
    // A place's grid is its compound's (directly, or through its building).
    private const string Scope = """
        SELECT p.community_id, x.grid_id
        FROM places p LEFT JOIN buildings b ON b.id = p.building_id LEFT JOIN compounds x ON x.id = COALESCE(p.compound_id, b.compound_id)
        WHERE p.id = @id
        """;

    public async Task<PlaceRecord> UpdateAsync(long id, IReadOnlyDictionary<string, object?> columns, int expectedVersion, CurrentUser user,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var scope = new NpgsqlCommand(Scope, connection, transaction))
        {
            scope.Parameters.AddWithValue("id", id);
            await using var reader = await scope.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw Rejection.NotFound("place", id);
            }

            user.EnsureCanChangeIn(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), $"Place {id}");
        }

        await AuditedUpdate.ApplyAsync(connection, transaction, "places", "place", id, expectedVersion, columns, user.UserName, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await using var read = dataSource.CreateCommand($"SELECT {PlaceColumns.Columns} FROM places p {PlaceColumns.Joins} WHERE p.id = @id");
        read.Parameters.AddWithValue("id", id);
        await using var row = await read.ExecuteReaderAsync(cancellationToken);
        await row.ReadAsync(cancellationToken);
        return PlaceColumns.Read(row);
    }
}
