using FireMap.Api.Access;
using FireMap.Api.Database;
using FireMap.Api.Errors;
using FireMap.Spatial.Vocabulary;
using Npgsql;

namespace FireMap.Api.Photos;

/// <summary>
/// Links uploaded photos to a record inside the record's own transaction, so a record and its
/// photos are written together or not at all. The features that own inspections, visits and hazards
/// call it; the link's community decides who else may see the photo.
/// </summary>
public static class PhotoLinks
{
    // A photo may be linked by its uploader, or by someone who may already see it through another record.
    private const string Link = """
        WITH wanted AS (SELECT DISTINCT unnest(@ids::uuid[]) AS id),
        usable AS (
            SELECT p.id FROM photos p JOIN wanted w ON w.id = p.id
            WHERE p.uploaded_by = @user
               OR EXISTS (SELECT 1 FROM photo_links l WHERE l.photo_id = p.id
                          AND (@community_scope::bigint IS NULL OR l.community_id = @community_scope)
                          AND (l.record_kind <> 'visit' OR @personal))),
        linked AS (
            INSERT INTO photo_links (photo_id, record_kind, record_id, community_id)
            SELECT id, @kind, @record, @community FROM usable
            ON CONFLICT DO NOTHING)
        SELECT (SELECT count(*) FROM wanted), (SELECT count(*) FROM usable)
        """;

    /// <summary>
    /// Links <paramref name="photoIds"/> to the record; BAD_USER_INPUT (nothing linked, the caller's
    /// transaction should not commit) when one is unknown or not the user's to link.
    /// </summary>
    public static async Task LinkAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyCollection<Guid> photoIds,
        string recordKind, long recordId, long? communityId, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(photoIds);
        ArgumentNullException.ThrowIfNull(user);
        if (!Codes.PhotoRecordKind.Contains(recordKind))
        {
            throw new ArgumentOutOfRangeException(nameof(recordKind), recordKind, "not a photo record kind");
        }

        if (photoIds.Count == 0)
        {
            return;
        }

        if (photoIds.Count > MaxPerRecord)
        {
            throw Rejection.BadInput("photoIds", $"at most {MaxPerRecord} photos per record");
        }

        await using var command = new NpgsqlCommand(Link, connection, transaction);
        command.Parameters.AddWithValue("ids", photoIds.ToArray());
        command.Parameters.AddWithValue("user", user.Id);
        command.Parameters.AddWithValue("personal", user.Can(AccessRule.Personal));
        command.Parameters.Add(new NpgsqlParameter("community_scope", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)user.ReadCommunityId ?? DBNull.Value });
        command.Parameters.AddWithValue("kind", recordKind);
        command.Parameters.AddWithValue("record", recordId);
        command.Parameters.Add(new NpgsqlParameter("community", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)communityId ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (reader.GetInt64(0) != reader.GetInt64(1))
        {
            throw Rejection.BadInput("photoIds", "a photo is unknown or not yours to attach; upload it first");
        }
    }

    /// <summary>Most photos one record carries.</summary>
    public const int MaxPerRecord = 20;

    /// <summary>The ids of the photos linked to each of <paramref name="recordIds"/> of <paramref name="recordKind"/>, oldest link first.</summary>
    public static async Task<ILookup<long, Guid>> OfAsync(NpgsqlDataSource dataSource, string recordKind, IReadOnlyCollection<long> recordIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.Routed().CreateCommand(
            "SELECT record_id, photo_id FROM photo_links WHERE record_kind = @kind AND record_id = ANY (@ids) ORDER BY created_at, photo_id");
        command.Parameters.AddWithValue("kind", recordKind);
        command.Parameters.AddWithValue("ids", recordIds.ToArray());
        var pairs = new List<(long Record, Guid Photo)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            pairs.Add((reader.GetInt64(0), reader.GetGuid(1)));
        }

        return pairs.ToLookup(p => p.Record, p => p.Photo);
    }
}
