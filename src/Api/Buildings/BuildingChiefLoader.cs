using FireMap.Api.Access;
using FireMap.Api.GraphQL.Batching;
using GraphQL.DataLoader;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Buildings;

/// <summary>
/// Building chiefs of the buildings in one response, in one query per request, narrowed in SQL to
/// the reader's scope (a community user's community, a grid worker's grids). Every chief returned is
/// a read of personal data, written to the audit log in the same statement.
/// </summary>
public sealed class BuildingChiefLoader
{
    // The audit rows are written by the same statement that reads, so no read goes unrecorded.
    private const string Sql = """
        WITH readable AS (
            SELECT b.id, b.chief_name, b.chief_phone
            FROM buildings b LEFT JOIN compounds x ON x.id = b.compound_id
            WHERE b.id = ANY (@ids)
              AND (@community::bigint IS NULL OR b.community_id = @community)
              AND (@grids::bigint[] IS NULL OR x.grid_id = ANY (@grids))),
        audited AS (
            INSERT INTO audit_log (actor, action, entity, entity_id)
            SELECT @actor, 'read_personal', 'building_chief', id FROM readable)
        SELECT id, chief_name, chief_phone FROM readable
        """;

    private readonly BatchLoader<long, BuildingChief?> _loader;

    public BuildingChiefLoader(NpgsqlDataSource dataSource, IHttpContextAccessor http)
    {
        _loader = new(async (ids, cancellationToken) =>
        {
            var user = CurrentUser.Of(http.HttpContext);
            await using var command = dataSource.CreateCommand(Sql);
            command.Parameters.AddWithValue("ids", ids.ToArray());
            command.Parameters.AddWithValue("actor", user.UserName);
            command.Parameters.Add(new NpgsqlParameter("community", NpgsqlDbType.Bigint)
            {
                Value = user.Role == Roles.Community ? user.CommunityId! : DBNull.Value,
            });
            command.Parameters.Add(new NpgsqlParameter("grids", NpgsqlDbType.Array | NpgsqlDbType.Bigint)
            {
                Value = user.Role == Roles.Grid ? user.GridIds.ToArray() : DBNull.Value,
            });
            var chiefs = ids.ToDictionary(id => id, id => (BuildingChief?)BuildingChief.OutOfScope(id));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt64(0);
                chiefs[id] = new BuildingChief(id, true, reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
            }

            return chiefs;
        }, null);
    }

    public IDataLoaderResult<BuildingChief?> Load(long buildingId) => _loader.Load(buildingId);
}
