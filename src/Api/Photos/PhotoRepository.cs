using FireMap.Api.Access;
using FireMap.Api.Database;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Photos;

/// <summary>
/// Stores photos (one row per distinct picture, by the SHA-256 of the uploaded bytes) and serves
/// their copies to the users who may see them: the uploader, or anyone who may read a record the
/// photo is linked to (its community in their scope; a door-knock visit's photos only under the
/// personal-data rule, and each such read audited).
/// </summary>
public sealed class PhotoRepository(NpgsqlDataSource dataSource)
{
    // ON CONFLICT keeps the first upload's row (and its location choice): a second upload of the same
    // bytes, concurrent or not, gets that row's id.
    private const string Insert = """
        WITH inserted AS (
            INSERT INTO photos (id, sha256, content_type, byte_size, width, height, original, display, thumbnail, location, taken_at, uploaded_by)
            VALUES (@id, @sha256, @content_type, @byte_size, @width, @height, @original, @display, @thumbnail, @location, @taken_at, @uploaded_by)
            ON CONFLICT (sha256) DO NOTHING
            RETURNING id, content_type, width, height, byte_size, ST_X(location), ST_Y(location), true AS created)
        SELECT * FROM inserted
        UNION ALL
        SELECT id, content_type, width, height, byte_size, ST_X(location), ST_Y(location), false
        FROM photos WHERE sha256 = @sha256 AND NOT EXISTS (SELECT 1 FROM inserted)
        """;

    /// <summary>Stores <paramref name="photo"/>, or finds the row already holding the same picture; the upload is audited.</summary>
    public async Task<PhotoUploaded> SaveAsync(ProcessedPhoto photo, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(photo);
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (uploaded, created) = await InsertAsync(connection, transaction, photo, user, cancellationToken)
            // A concurrent upload of the same bytes committed after this statement's snapshot was taken:
            // the conflict hid its row from the statement; a new statement sees it.
            ?? await InsertAsync(connection, transaction, photo, user, cancellationToken)
            ?? throw new InvalidOperationException("The photo row was neither inserted nor found");

        var after = System.Text.Json.JsonSerializer.Serialize(new
        {
            id = uploaded.Id, sha256 = photo.Sha256, content_type = uploaded.ContentType, byte_size = uploaded.ByteSize,
            width = uploaded.Width, height = uploaded.Height, location_kept = uploaded.Location is not null, duplicate = !created,
        });
        // audit_log.entity_id is a bigint and a photo's id a uuid: the id travels in the snapshot.
        await using (var audit = new NpgsqlCommand(
            "INSERT INTO audit_log (actor, action, entity, after) VALUES (@actor, 'upload', 'photo', @after::jsonb)", connection, transaction))
        {
            audit.Parameters.AddWithValue("actor", user.UserName);
            audit.Parameters.AddWithValue("after", after);
            await audit.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return uploaded;
    }

    private static async Task<(PhotoUploaded Photo, bool Created)?> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        ProcessedPhoto photo, CurrentUser user, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(Insert, connection, transaction);
        var p = command.Parameters;
        p.AddWithValue("id", Guid.NewGuid());
        p.AddWithValue("sha256", photo.Sha256);
        p.AddWithValue("content_type", photo.ContentType);
        p.AddWithValue("byte_size", photo.Original.Length);
        p.AddWithValue("width", photo.Width);
        p.AddWithValue("height", photo.Height);
        p.AddWithValue("original", photo.Original);
        p.AddWithValue("display", photo.Display);
        p.AddWithValue("thumbnail", photo.Thumbnail);
        p.Add(new NpgsqlParameter("location", NpgsqlDbType.Geometry) { Value = (object?)photo.Location ?? DBNull.Value });
        p.Add(new NpgsqlParameter("taken_at", NpgsqlDbType.TimestampTz) { Value = (object?)photo.TakenAt?.ToUniversalTime() ?? DBNull.Value });
        p.AddWithValue("uploaded_by", user.Id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var location = reader.IsDBNull(5) ? null : new PhotoLocation(reader.GetDouble(5), reader.GetDouble(6));
        return (new PhotoUploaded(reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), location),
            reader.GetBoolean(7));
    }

    /// <summary>
    /// One copy of a photo for <paramref name="user"/>: the bytes and content type; <see cref="PhotoRead.Missing"/>
    /// when no photo has the id, <see cref="PhotoRead.Refused"/> when the user may not see it.
    /// </summary>
    public async Task<PhotoRead> ReadAsync(Guid id, PhotoSize size, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        // Column names come from code (the size), never from input. The audit row for a visit's photo
        // is written by the statement that reads it, so no such read goes unrecorded.
        var column = size switch { PhotoSize.Thumbnail => "thumbnail", PhotoSize.Original => "original", _ => "display" };
        var contentType = size == PhotoSize.Original ? "content_type" : "'image/jpeg'";
        var sql = $"""
            WITH photo AS (SELECT id, uploaded_by FROM photos WHERE id = @id),
            readable AS (
                SELECT l.record_kind, l.record_id FROM photo_links l JOIN photo ON photo.id = l.photo_id
                WHERE (@community::bigint IS NULL OR l.community_id = @community)
                  AND (l.record_kind <> 'visit' OR @personal)),
            allowed AS (
                SELECT EXISTS (SELECT 1 FROM photo WHERE uploaded_by = @user) AS own,
                       EXISTS (SELECT 1 FROM readable WHERE record_kind <> 'visit') AS open,
                       EXISTS (SELECT 1 FROM readable WHERE record_kind = 'visit') AS personal),
            audited AS (
                INSERT INTO audit_log (actor, action, entity, entity_id)
                SELECT @actor, 'read_personal', 'visit_photo', r.record_id
                FROM readable r, allowed a WHERE r.record_kind = 'visit' AND NOT a.own AND NOT a.open)
            SELECT (SELECT count(*) FROM photo) AS found, a.own OR a.open OR a.personal AS allowed,
                   CASE WHEN a.own OR a.open OR a.personal THEN p.{column} END, {contentType}
            FROM allowed a LEFT JOIN photos p ON p.id = @id
            """;
        await using var command = dataSource.Routed().CreateCommand(sql);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("user", user.Id);
        command.Parameters.AddWithValue("actor", user.UserName);
        command.Parameters.AddWithValue("personal", user.Can(AccessRule.Personal));
        command.Parameters.Add(new NpgsqlParameter("community", NpgsqlDbType.Bigint) { Value = (object?)user.ReadCommunityId ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (reader.GetInt64(0) == 0)
        {
            return PhotoRead.Missing;
        }

        return reader.GetBoolean(1) ? new PhotoRead(PhotoReadOutcome.Found, (byte[])reader[2], reader.GetString(3)) : PhotoRead.Refused;
    }
}
