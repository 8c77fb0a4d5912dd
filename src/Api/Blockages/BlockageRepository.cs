using System.Globalization;
using FireMap.Api.Database;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Blockages;

/// <summary>Reads blockages: by id, by compound, and keyset-paged by box, state, cause and date.</summary>
public sealed class BlockageRepository(NpgsqlDataSource dataSource)
{
    internal const string Columns = """
        k.id, k.code, k.lane_id, l.code AS lane_code, l.compound_id, k.cause, k.remaining_width_m, k.reported_at,
        k.cleared_at, k.note, k.version, ST_AsGeoJSON(k.geom, 7) AS geometry
        """;

    internal const string From = "FROM blockages k JOIN fire_lanes l ON l.id = k.lane_id JOIN compounds x ON x.id = l.compound_id";

    private static readonly string _filter = $"""
        {string.Format(CultureInfo.InvariantCulture, BoxParameters.Filter, "k")}
        AND (@active::boolean IS NULL OR (k.cleared_at IS NULL) = @active)
        AND (@causes::text[] IS NULL OR k.cause = ANY (@causes))
        AND (@since::timestamptz IS NULL OR k.reported_at >= @since)
        AND (@community::text IS NULL OR x.community_id = (SELECT id FROM communities WHERE code = @community))
        AND (@scope::bigint IS NULL OR x.community_id = @scope)
        """;

    public async Task<BlockageRecord?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"SELECT {Columns} {From} WHERE k.id = @id");
        command.Parameters.AddWithValue("id", id);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<BlockageRecord>> ListAsync(BlockageQuery query, long? afterId, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(
            $"SELECT {Columns} {From} WHERE {_filter} AND (@after::bigint IS NULL OR k.id > @after) ORDER BY k.id LIMIT @limit");
        Bind(command, query);
        command.Parameters.Add(new NpgsqlParameter("after", NpgsqlDbType.Bigint) { Value = (object?)afterId ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", limit);
        return await ReadAsync(command, cancellationToken);
    }

    public async Task<int> CountAsync(BlockageQuery query, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand($"SELECT count(*)::int {From} WHERE {_filter}");
        Bind(command, query);
        return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Active blockages of many compounds in one query, for the compound batch loader.</summary>
    public async Task<ILookup<long, BlockageRecord>> ActiveByCompoundAsync(IReadOnlyCollection<long> compoundIds, CancellationToken cancellationToken)
    {
        await using var command = dataSource.Routed().CreateCommand(
            $"SELECT {Columns} {From} WHERE k.cleared_at IS NULL AND l.compound_id = ANY (@ids) ORDER BY k.reported_at, k.id");
        command.Parameters.AddWithValue("ids", compoundIds.ToArray());
        return (await ReadAsync(command, cancellationToken)).ToLookup(b => b.CompoundId);
    }

    private static void Bind(NpgsqlCommand command, BlockageQuery query)
    {
        BoxParameters.Add(command.Parameters, query.Box);
        command.Parameters.Add(new NpgsqlParameter("active", NpgsqlDbType.Boolean) { Value = (object?)query.Active ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("causes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)query.Causes?.ToArray() ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("since", NpgsqlDbType.TimestampTz) { Value = (object?)query.Since?.ToUniversalTime() ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("community", NpgsqlDbType.Text) { Value = (object?)query.CommunityCode ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Bigint) { Value = (object?)query.ScopeCommunityId ?? DBNull.Value });
    }

    internal static async Task<List<BlockageRecord>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<BlockageRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    internal static BlockageRecord Read(NpgsqlDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3), reader.GetInt64(4), reader.GetString(5),
        reader.GetDecimal(6), reader.GetFieldValue<DateTimeOffset>(7),
        reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8), reader.GetNullableString(9), reader.GetInt32(10),
        reader.GetGeoJson(11));
}
