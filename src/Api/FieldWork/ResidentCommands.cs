using FireMap.Api.Access;
using FireMap.Api.Audit;
using FireMap.Api.Changes;
using FireMap.Api.Errors;
using FireMap.Api.Geocoding;
using FireMap.Api.Hazards;
using FireMap.Spatial.Geocoding;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.FieldWork;

/// <summary>
/// Registers, changes and removes vulnerable residents. The address is matched to a building through the geocoder
/// unless a building is given; each change is one transaction with its audit entry (personal columns redacted) and is
/// reported to <see cref="DataChanges"/> afterwards, so the risk of the building's compound follows the register.
/// </summary>
public sealed class ResidentCommands(NpgsqlDataSource dataSource, GeocoderProvider geocoder, ResidentRepository residents, HazardCalendar calendar,
    DataChanges changes)
{
    public async Task<ResidentRecord> SaveAsync(long? id, int? expectedVersion, SaveResident input, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(user);
        if (id is not null && expectedVersion is null)
        {
            throw Rejection.BadInput("expectedVersion", "give the version you saw when changing a resident");
        }

        var buildingId = input.BuildingId ?? await MatchAsync(input.Address, cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var building = await FieldSubjects.FindAsync(connection, transaction, "building", buildingId, cancellationToken);
        user.EnsureCanChangeIn(building.CommunityId, building.GridId, $"The building {buildingId}");

        string? before = null;
        long? oldCompound = null;
        if (id is long existing)
        {
            before = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "vulnerable_residents", existing, cancellationToken)
                ?? throw Rejection.NotFound("Vulnerable resident", existing);
            var (version, oldBuilding) = await CurrentAsync(connection, transaction, existing, cancellationToken);
            var old = await FieldSubjects.FindAsync(connection, transaction, "building", oldBuilding, cancellationToken);
            user.EnsureCanChangeIn(old.CommunityId, old.GridId, $"Vulnerable resident {existing}");
            if (version != expectedVersion)
            {
                throw Rejection.Of(RejectionKind.Conflict, $"Vulnerable resident {existing} changed since version {expectedVersion} (now {version}); reload and retry",
                    "expectedVersion");
            }

            oldCompound = old.CompoundId;
        }

        await using var write = new NpgsqlCommand(id is null
            ? """
              INSERT INTO vulnerable_residents (resident_name, category, home_address, building_id, resident_phone, contact_person, contact_phone,
                                                visit_frequency_days, registered_on, care_notes)
              VALUES (@name, @category, @address, @building, @phone, @contact, @contact_phone, @frequency, @today, @notes)
              RETURNING id
              """
            : """
              UPDATE vulnerable_residents SET resident_name = @name, category = @category, home_address = @address, building_id = @building,
                     resident_phone = @phone, contact_person = @contact, contact_phone = @contact_phone, visit_frequency_days = @frequency, care_notes = @notes
              WHERE id = @id
              RETURNING id
              """, connection, transaction);
        var p = write.Parameters;
        p.Add(InspectionRepository.Nullable("id", NpgsqlDbType.Bigint, id));
        p.AddWithValue("name", input.Name);
        p.AddWithValue("category", input.Category);
        p.AddWithValue("address", input.Address);
        p.AddWithValue("building", buildingId);
        p.Add(InspectionRepository.Nullable("phone", NpgsqlDbType.Text, input.Phone));
        p.Add(InspectionRepository.Nullable("contact", NpgsqlDbType.Text, input.ContactPerson));
        p.Add(InspectionRepository.Nullable("contact_phone", NpgsqlDbType.Text, input.ContactPhone));
        p.AddWithValue("frequency", input.VisitFrequencyDays);
        p.AddWithValue("today", calendar.Today);
        p.Add(InspectionRepository.Nullable("notes", NpgsqlDbType.Text, input.Notes));
        var saved = (long)(await write.ExecuteScalarAsync(cancellationToken))!;

        var after = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "vulnerable_residents", saved, cancellationToken);
        await AuditWriter.WriteAsync(connection, transaction,
            new AuditEntry(user.UserName, id is null ? "register" : "update", "vulnerable_resident", saved, before, after), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await TellAsync(oldCompound, building.CompoundId);
        return (await residents.ByIdsAsync([saved], user, cancellationToken))[saved];
    }

    public async Task<bool> RemoveAsync(long id, int expectedVersion, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await AuditWriter.SnapshotForUpdateAsync(connection, transaction, "vulnerable_residents", id, cancellationToken)
            ?? throw Rejection.NotFound("Vulnerable resident", id);
        var (version, buildingId) = await CurrentAsync(connection, transaction, id, cancellationToken);
        var building = await FieldSubjects.FindAsync(connection, transaction, "building", buildingId, cancellationToken);
        user.EnsureCanChangeIn(building.CommunityId, building.GridId, $"Vulnerable resident {id}");
        if (version != expectedVersion)
        {
            throw Rejection.Of(RejectionKind.Conflict, $"Vulnerable resident {id} changed since version {expectedVersion} (now {version}); reload and retry",
                "expectedVersion");
        }

        await using (var delete = new NpgsqlCommand("DELETE FROM vulnerable_residents WHERE id = @id", connection, transaction))
        {
            delete.Parameters.AddWithValue("id", id);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await AuditWriter.WriteAsync(connection, transaction, new AuditEntry(user.UserName, "remove", "vulnerable_resident", id, before, null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await TellAsync(building.CompoundId, null);
        return true;
    }

    private async Task<long> MatchAsync(string address, CancellationToken cancellationToken)
    {
        var snapshot = await geocoder.GetAsync(cancellationToken);
        var best = snapshot.Geocoder.Geocode(address, 1).Best;
        return best is { Level: MatchLevel.Building } && snapshot.IdOf(best.Level, best.Entry.Code) is long building
            ? building
            : throw Rejection.BadInput("address", "the address does not match a building; give buildingId");
    }

    private static async Task<(int Version, long BuildingId)> CurrentAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT version, building_id FROM vulnerable_residents WHERE id = @id", connection, transaction);
        command.Parameters.AddWithValue("id", id);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        await r.ReadAsync(cancellationToken);
        return (r.GetInt32(0), r.GetInt64(1));
    }

    private async Task TellAsync(long? first, long? second)
    {
        foreach (var compound in new[] { first, second }.OfType<long>().Distinct())
        {
            await changes.CompoundChangedAsync(compound);
        }
    }
}
