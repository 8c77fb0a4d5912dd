using FireMap.Api.Errors;
using Npgsql;

namespace FireMap.Api.FieldWork;

/// <summary>Finds a building, place, compound or fire lane inside a recording transaction; NOT_FOUND when there is none.</summary>
internal static class FieldSubjects
{
    // Community, grid and compound as the hazard workflow places a subject (hazard_place), plus the facts that pick its checklist.
    private const string Sql = """
        SELECT hp.community_id, hp.grid_id, hp.compound_id, b.is_high_rise, p.category,
               NULLIF(btrim(CASE @type::text
                   WHEN 'building' THEN COALESCE(b.management_unit, bx.property_management_unit)
                   WHEN 'place' THEN p.name
                   ELSE x.property_management_unit END), '')
        FROM hazard_place(@type::text, @id::bigint, NULL::geometry) hp
        LEFT JOIN compounds x ON x.id = hp.compound_id
        LEFT JOIN buildings b ON @type::text = 'building' AND b.id = @id
        LEFT JOIN compounds bx ON bx.id = b.compound_id
        LEFT JOIN places p ON @type::text = 'place' AND p.id = @id
        WHERE hp.community_id IS NOT NULL
        """;

    public static async Task<FieldSubject> FindAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string type, long id,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Sql, connection, transaction);
        command.Parameters.AddWithValue("type", type);
        command.Parameters.AddWithValue("id", id);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        if (!await r.ReadAsync(cancellationToken))
        {
            throw Rejection.NotFound(type.Replace('_', ' '), id);
        }

        return new FieldSubject(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetInt64(1), r.IsDBNull(2) ? null : r.GetInt64(2),
            r.IsDBNull(3) ? null : r.GetBoolean(3), r.IsDBNull(4) ? null : r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5));
    }
}
