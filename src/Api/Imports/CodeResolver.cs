using Npgsql;

namespace FireMap.Api.Imports;

/// <summary>
/// Maps record codes to database ids inside the import's transaction, so that a file can refer
/// to records loaded earlier in the same import or already in the database.
/// </summary>
internal sealed class CodeResolver(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    private readonly Dictionary<string, Dictionary<string, long>> _byTable = new(StringComparer.Ordinal);

    public async Task<long?> FindAsync(string table, string code, CancellationToken cancellationToken)
    {
        var codes = await CodesOfAsync(table, cancellationToken);
        return codes.TryGetValue(code, out var id) ? id : null;
    }

    public async Task<bool> ExistsAsync(string table, string code, CancellationToken cancellationToken) =>
        (await CodesOfAsync(table, cancellationToken)).ContainsKey(code);

    /// <summary>Forgets a table's codes after rows were added to it.</summary>
    public void Invalidate(string table) => _byTable.Remove(table);

    private async Task<Dictionary<string, long>> CodesOfAsync(string table, CancellationToken cancellationToken)
    {
        if (_byTable.TryGetValue(table, out var cached))
        {
            return cached;
        }

        // Table names come from the import format, never from input.
        await using var command = new NpgsqlCommand($"SELECT code, id FROM {table}", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var codes = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            codes[reader.GetString(0)] = reader.GetInt64(1);
        }

        _byTable[table] = codes;
        return codes;
    }
}
