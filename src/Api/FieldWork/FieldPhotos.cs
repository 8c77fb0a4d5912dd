using FireMap.Api.Access;
using FireMap.Api.Errors;
using Npgsql;

namespace FireMap.Api.FieldWork;

/// <summary>
/// Links uploaded photos to a field record inside its transaction. A photo must exist (else NOT_FOUND) and be the
/// recorder's own upload or already linked to a record (else FORBIDDEN: someone else's unlinked photo is private to them).
/// </summary>
internal static class FieldPhotos
{
    public const int MaxPhotos = 20;

    public static async Task LinkAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<Guid> photoIds, CurrentUser user,
        string recordKind, long recordId, long communityId, CancellationToken cancellationToken)
    {
        if (photoIds.Count == 0)
        {
            return;
        }

        var found = new Dictionary<Guid, (long UploadedBy, bool Linked)>();
        await using (var check = new NpgsqlCommand("""
            SELECT p.id, p.uploaded_by, EXISTS (SELECT 1 FROM photo_links k WHERE k.photo_id = p.id)
            FROM photos p WHERE p.id = ANY (@ids)
            """, connection, transaction))
        {
            check.Parameters.AddWithValue("ids", photoIds.ToArray());
            await using var r = await check.ExecuteReaderAsync(cancellationToken);
            while (await r.ReadAsync(cancellationToken))
            {
                found[r.GetGuid(0)] = (r.GetInt64(1), r.GetBoolean(2));
            }
        }

        foreach (var id in photoIds)
        {
            if (!found.TryGetValue(id, out var photo))
            {
                throw Rejection.NotFound("Photo", id.ToString());
            }

            if (photo.UploadedBy != user.Id && !photo.Linked)
            {
                throw Rejection.Of(RejectionKind.Forbidden, $"Photo {id} was uploaded by someone else and belongs to no record yet.", "photoIds");
            }
        }

        await using var link = new NpgsqlCommand("""
            INSERT INTO photo_links (photo_id, record_kind, record_id, community_id)
            SELECT id, @kind, @record, @community FROM unnest(@ids) AS id
            ON CONFLICT DO NOTHING
            """, connection, transaction);
        link.Parameters.AddWithValue("ids", photoIds.ToArray());
        link.Parameters.AddWithValue("kind", recordKind);
        link.Parameters.AddWithValue("record", recordId);
        link.Parameters.AddWithValue("community", communityId);
        await link.ExecuteNonQueryAsync(cancellationToken);
    }
}
