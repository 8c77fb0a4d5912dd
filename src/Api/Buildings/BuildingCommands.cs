using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Changes;
using FireMap.Api.Errors;
using Npgsql;

namespace FireMap.Api.Buildings;

/// <summary>
/// Edits a building's record (units, building chief, fire systems, use, occupants): one transaction
/// with its audit entry, CONFLICT on a stale version, FORBIDDEN outside the user's community or grids.
/// </summary>
public sealed class BuildingCommands(NpgsqlDataSource dataSource, BuildingRepository buildings, DataChanges changes)
{
    /// <summary>The building chief's columns: personal data, only roles with the personal rule may set them.</summary>
    public static readonly IReadOnlySet<string> PersonalColumns = new HashSet<string>(StringComparer.Ordinal) { "chief_name", "chief_phone" };

    public async Task<BuildingRecord> UpdateAsync(long id, IReadOnlyDictionary<string, object?> columns, int expectedVersion, CurrentUser user,
        CancellationToken cancellationToken)
    {
        if (columns.Keys.Any(PersonalColumns.Contains) && !user.Can(AccessRule.Personal))
        {
            throw Rejection.Of(RejectionKind.Forbidden, "Your role may not set the building chief's personal data.", "input");
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long? compoundId;
        await using (var scope = new NpgsqlCommand(
            "SELECT b.community_id, x.grid_id, b.compound_id FROM buildings b LEFT JOIN compounds x ON x.id = b.compound_id WHERE b.id = @id",
            connection, transaction))
        {
            scope.Parameters.AddWithValue("id", id);
            await using var reader = await scope.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw Rejection.NotFound("building", id);
            }

            var (community, grid) = (reader.GetInt64(0), reader.IsDBNull(1) ? (long?)null : reader.GetInt64(1));
            compoundId = reader.IsDBNull(2) ? null : reader.GetInt64(2);
            user.EnsureCanChangeIn(community, grid, $"Building {id}");
        }

        await AuditedUpdate.ApplyAsync(connection, transaction, "buildings", "building", id, expectedVersion, columns, user.UserName, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (compoundId is long compound)
        {
            await changes.CompoundChangedAsync(compound);
        }

        return (await buildings.FindAsync(id, cancellationToken))!;
    }
}
