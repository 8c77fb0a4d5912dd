using Npgsql;

namespace FireMap.Api.Tests.Hostile;

/// <summary>
/// A checksum of every row of every table a request could write, risk scores aside (they follow
/// accepted changes in the background). Equal before and after means nothing was written.
/// </summary>
internal static class TableChecksums
{
    public static async Task<string> ReadAsync(NpgsqlDataSource dataSource)
    {
        await using var tables = dataSource.CreateCommand("""
            SELECT string_agg(format('SELECT %L || '':'' || count(*) || '':'' || coalesce(sum(hashtext(t::text)::bigint), 0) FROM %I t', table_name, table_name), ' UNION ALL ' ORDER BY table_name)
            FROM information_schema.tables
            WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'risk%' AND table_name NOT LIKE 'schemaversions%'
              -- Sign-in bookkeeping, not data a request changes: a token's last use is noted once a minute.
              AND table_name NOT IN ('api_tokens', 'data_protection_keys')
              -- The webhook dispatcher works through earlier tests' record events in the background, whatever the request.
              AND table_name NOT IN ('record_events', 'webhook_deliveries')
            """);
        var union = (string)(await tables.ExecuteScalarAsync())!;
        await using var command = dataSource.CreateCommand($"SELECT string_agg(s, ',' ORDER BY s) FROM ({union}) AS sums(s)");
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
