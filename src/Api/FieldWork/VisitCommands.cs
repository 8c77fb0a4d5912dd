using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Changes;
using FireMap.Api.Errors;
using FireMap.Api.Hazards;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.FieldWork;

/// <summary>
/// Records a door-knock visit: the visit, its checks, the hazard it raises on the resident's building (through the
/// hazard workflow) and the photo links in one transaction with its audit entry. The visitor is the signed-in user.
/// </summary>
public sealed class VisitCommands(NpgsqlDataSource dataSource, HazardCommands hazards, VisitRepository visits, IOptions<FieldWorkOptions> options,
    DataChanges changes, TimeProvider time)
{
    public async Task<VisitRecord> RecordAsync(RecordVisit input, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(user);
        var visitedAt = FieldInputs.NotFuture(input.VisitedAt, time.GetUtcNow(), "visitedAt");
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long buildingId;
        await using (var find = new NpgsqlCommand("SELECT building_id FROM vulnerable_residents WHERE id = @id FOR UPDATE", connection, transaction))
        {
            find.Parameters.AddWithValue("id", input.ResidentId);
            buildingId = await find.ExecuteScalarAsync(cancellationToken) as long? ?? throw Rejection.NotFound("Vulnerable resident", input.ResidentId);
        }

        var building = await FieldSubjects.FindAsync(connection, transaction, "building", buildingId, cancellationToken);
        user.EnsureCanChangeIn(building.CommunityId, building.GridId, $"Vulnerable resident {input.ResidentId}");
        HazardRecord? hazard = null;
        if (input.Raise is { } raise)
        {
            hazard = await FieldHazards.RaiseAsync(hazards, connection, transaction, "building", buildingId, raise.Category!, raise, building,
                options.Value.DefaultResponsibleUnit, visitedAt, user, cancellationToken);
        }

        long id;
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO visits (resident_id, visited_at, visitor_id, visitor_name, notes, hazard_id)
            VALUES (@resident, @at, @visitor, @name, @notes, @hazard) RETURNING id
            """, connection, transaction))
        {
            var p = insert.Parameters;
            p.AddWithValue("resident", input.ResidentId);
            p.AddWithValue("at", visitedAt);
            p.AddWithValue("visitor", user.Id);
            p.AddWithValue("name", user.DisplayName);
            p.Add(InspectionRepository.Nullable("notes", NpgsqlDbType.Text, input.Notes));
            p.Add(InspectionRepository.Nullable("hazard", NpgsqlDbType.Bigint, hazard?.Id));
            id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }

        foreach (var check in input.Checks)
        {
            await using var row = new NpgsqlCommand("INSERT INTO visit_checks (visit_id, item, result, note) VALUES (@id, @item, @result, @note)", connection, transaction);
            row.Parameters.AddWithValue("id", id);
            row.Parameters.AddWithValue("item", check.Item);
            row.Parameters.AddWithValue("result", check.Result);
            row.Parameters.Add(InspectionRepository.Nullable("note", NpgsqlDbType.Text, check.Note));
            await row.ExecuteNonQueryAsync(cancellationToken);
        }

        await FieldPhotos.LinkAsync(connection, transaction, input.PhotoIds, user, "visit", id, building.CommunityId, cancellationToken);
        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "visits", id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(user.UserName, "record", "visit", id, null, after), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (hazard?.CompoundId is long compound)
        {
            await changes.CompoundChangedAsync(compound);
        }

        return (await visits.ListAsync(new VisitQuery(VisitId: id), user, null, 1, cancellationToken)).Single();
    }
}
