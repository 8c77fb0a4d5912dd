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
/// Records an inspection: the inspection, its answered items, the hazards its failed items raise (through the
/// hazard workflow) and the photo links in one transaction with its audit entry; any refusal writes nothing.
/// The inspector is the signed-in user.
/// </summary>
public sealed class InspectionCommands(NpgsqlDataSource dataSource, ChecklistBook checklists, HazardCommands hazards, InspectionRepository inspections,
    IOptions<FieldWorkOptions> options, DataChanges changes, TimeProvider time)
{
    public async Task<InspectionRecord> RecordAsync(RecordInspection input, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(user);
        var inspectedAt = FieldInputs.NotFuture(input.InspectedAt, time.GetUtcNow(), "inspectedAt");

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var subject = await FieldSubjects.FindAsync(connection, transaction, input.SubjectType, input.SubjectId, cancellationToken);
        user.EnsureCanChangeIn(subject.CommunityId, subject.GridId, $"The {input.SubjectType.Replace('_', ' ')} {input.SubjectId}");
        var checklist = checklists.For(input.SubjectType, subject.HighRise, subject.PlaceCategory)
            ?? throw Rejection.BadInput("subjectId", $"no checklist applies to {input.SubjectType.Replace('_', ' ')} {input.SubjectId}");
        for (var i = 0; i < input.Items.Count; i++)
        {
            if (checklist.Item(input.Items[i].Code) is null)
            {
                throw Rejection.BadInput($"items[{i}].code", $"'{input.Items[i].Code}' is not an item of the checklist {checklist.Code}");
            }
        }

        long id;
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO inspections (subject_type, subject_id, kind, inspected_at, inspector_id, inspector_name, checklist_code, notes, community_id, grid_id)
            VALUES (@type, @subject, @kind, @at, @inspector, @name, @checklist, @notes, @community, @grid)
            RETURNING id
            """, connection, transaction))
        {
            var p = insert.Parameters;
            p.AddWithValue("type", input.SubjectType);
            p.AddWithValue("subject", input.SubjectId);
            p.AddWithValue("kind", input.Kind);
            p.AddWithValue("at", inspectedAt);
            p.AddWithValue("inspector", user.Id);
            p.AddWithValue("name", user.DisplayName);
            p.AddWithValue("checklist", checklist.Code);
            p.Add(InspectionRepository.Nullable("notes", NpgsqlDbType.Text, input.Notes));
            p.AddWithValue("community", subject.CommunityId);
            p.Add(InspectionRepository.Nullable("grid", NpgsqlDbType.Bigint, subject.GridId));
            id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }

        var raised = new List<HazardRecord>();
        var ordered = input.Items.OrderBy(item => checklist.Items.ToList().FindIndex(c => c.Code == item.Code)).ToList();
        for (var position = 0; position < ordered.Count; position++)
        {
            var item = ordered[position];
            long? hazardId = null;
            if (item.Raise is { } raise)
            {
                var hazard = await FieldHazards.RaiseAsync(hazards, connection, transaction, input.SubjectType, input.SubjectId,
                    checklist.Item(item.Code)!.HazardCategory, raise, subject, options.Value.DefaultResponsibleUnit, inspectedAt, user, cancellationToken);
                raised.Add(hazard);
                hazardId = hazard.Id;
            }

            await using var row = new NpgsqlCommand("""
                INSERT INTO inspection_items (inspection_id, position, code, result, note, hazard_id) VALUES (@id, @position, @code, @result, @note, @hazard)
                """, connection, transaction);
            row.Parameters.AddWithValue("id", id);
            row.Parameters.AddWithValue("position", position);
            row.Parameters.AddWithValue("code", item.Code);
            row.Parameters.AddWithValue("result", item.Result);
            row.Parameters.Add(InspectionRepository.Nullable("note", NpgsqlDbType.Text, item.Note));
            row.Parameters.Add(InspectionRepository.Nullable("hazard", NpgsqlDbType.Bigint, hazardId));
            await row.ExecuteNonQueryAsync(cancellationToken);
        }

        await FieldPhotos.LinkAsync(connection, transaction, input.PhotoIds, user, "inspection", id, subject.CommunityId, cancellationToken);
        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "inspections", id, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(user.UserName, "record", "inspection", id, null, after), cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        foreach (var compound in raised.Select(h => h.CompoundId).OfType<long>().Distinct())
        {
            await changes.CompoundChangedAsync(compound);
        }

        return (await inspections.FindAsync(id, null, cancellationToken))!;
    }
}
