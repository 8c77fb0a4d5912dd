using Npgsql;

namespace FireMap.Api.Operations;

/// <summary>
/// Row counts and digests of every table in the database, read from the catalogue (so tables added by
/// later migrations are covered without naming them): ordinary tables and partitions outside the
/// system schemas, without the tables extensions own (PostGIS's spatial_ref_sys).
/// </summary>
internal static class TableInventory
{
    private const string Tables = """
        SELECT format('%I.%I', n.nspname, c.relname)
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
        ORDER BY 1
        """;

    // Text forms that do not depend on the session: a row's text is then the same in any database.
    private const string StableText = """
        SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO, YMD'; SET LOCAL IntervalStyle = 'postgres';
        SET LOCAL extra_float_digits = 1; SET LOCAL bytea_output = 'hex'
        """;

    /// <summary>Reads the inventory inside <paramref name="transaction"/> (its snapshot is what is counted).</summary>
    public static async Task<IReadOnlyList<TableContent>> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using (var settings = new NpgsqlCommand(StableText, connection, transaction))
        {
            await settings.ExecuteNonQueryAsync(cancellationToken);
        }

        var names = new List<string>();
        await using (var list = new NpgsqlCommand(Tables, connection, transaction))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add(reader.GetString(0));
            }
        }

        var tables = new List<TableContent>(names.Count);
        foreach (var name in names)
        {
            // The name comes from the catalogue, quoted by format('%I').
            await using var count = new NpgsqlCommand(
                $"SELECT count(*), coalesce(sum(('x' || left(md5(t::text), 16))::bit(64)::bigint), 0)::text FROM {name} t", connection, transaction);
            await using var reader = await count.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            tables.Add(new TableContent(name, reader.GetInt64(0), reader.GetString(1)));
        }

        return tables;
    }

    /// <summary>The inventory of the database at <paramref name="connectionString"/> as it is now.</summary>
    public static async Task<IReadOnlyList<TableContent>> ReadAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var tables = await ReadAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return tables;
    }

    /// <summary>Differences between two inventories, one line each; empty when they hold the same rows.</summary>
    public static IReadOnlyList<string> Compare(IReadOnlyList<TableContent> expected, IReadOnlyList<TableContent> actual)
    {
        var found = actual.ToDictionary(t => t.Table, StringComparer.Ordinal);
        var differences = new List<string>();
        foreach (var table in expected)
        {
            if (!found.Remove(table.Table, out var other))
            {
                differences.Add($"{table.Table}: missing");
            }
            else if (other.Rows != table.Rows || other.Digest != table.Digest)
            {
                differences.Add($"{table.Table}: {other.Rows} rows (digest {other.Digest}), expected {table.Rows} (digest {table.Digest})");
            }
        }

        differences.AddRange(found.Keys.Select(extra => $"{extra}: not in the backup"));
        return differences;
    }
}
