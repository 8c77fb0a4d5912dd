using FireMap.Api.Access;
using FireMap.Api.GraphQL.Batching;
using GraphQL.DataLoader;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Units;

/// <summary>
/// The responsible persons and managers of the units in one response, in one query per request, narrowed in SQL to
/// the reader's scope (a community user's community, a grid worker's grids). Every unit returned is a read of personal
/// data, written to the audit log by the same statement.
/// </summary>
public sealed class UnitContactsLoader
{
    private const string Sql = """
        WITH readable AS (
            SELECT u.id, u.responsible_name, u.responsible_phone, u.manager_name, u.manager_phone
            FROM units u
            WHERE u.id = ANY (@ids)
              AND (@community::bigint IS NULL OR u.community_id = @community)
              AND (@grids::bigint[] IS NULL OR u.grid_id = ANY (@grids))),
        audited AS (
            INSERT INTO audit_log (actor, action, entity, entity_id)
            SELECT @actor, 'read_personal', 'unit_contacts', id FROM readable)
        SELECT id, responsible_name, responsible_phone, manager_name, manager_phone FROM readable
        """;

    private readonly BatchLoader<long, UnitContacts?> _loader;

    public UnitContactsLoader(NpgsqlDataSource dataSource, IHttpContextAccessor http)
    {
        _loader = new(async (ids, cancellationToken) =>
        {
            var user = CurrentUser.Of(http.HttpContext);
            await using var command = dataSource.CreateCommand(Sql);
            command.Parameters.AddWithValue("ids", ids.ToArray());
            command.Parameters.AddWithValue("actor", user.UserName);
            command.Parameters.Add(new NpgsqlParameter("community", NpgsqlDbType.Bigint) { Value = user.Role == Roles.Community ? user.CommunityId! : DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("grids", NpgsqlDbType.Array | NpgsqlDbType.Bigint)
            {
                Value = user.Role == Roles.Grid ? user.GridIds.ToArray() : DBNull.Value,
            });
            var contacts = ids.ToDictionary(id => id, id => (UnitContacts?)UnitContacts.OutOfScope(id));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt64(0);
                contacts[id] = new UnitContacts(id, true, Text(reader, 1), Text(reader, 2), Text(reader, 3), Text(reader, 4));
            }

            return contacts;
        }, null);
    }

    public IDataLoaderResult<UnitContacts?> Load(long unitId) => _loader.Load(unitId);

    private static string? Text(NpgsqlDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
