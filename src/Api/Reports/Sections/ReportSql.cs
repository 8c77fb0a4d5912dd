using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Reports.Sections;

/// <summary>
/// Runs a figure's statement with the report's parameters — <c>@community</c> (id), <c>@from</c>/<c>@to</c> (the
/// period's first and last day) and <c>@from_at</c>/<c>@to_at</c> (its first instant and the instant after it) —
/// and reads its rows: kind, id, code, name, then optional category and severity.
/// </summary>
internal static class ReportSql
{
    public static async Task<IReadOnlyList<(ReportRow Row, string? Category, string? Severity)>> RowsAsync(NpgsqlConnection connection, string sql,
        ReportScope scope, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("community", scope.CommunityId);
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = scope.Period.From });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = scope.Period.To });
        command.Parameters.AddWithValue("from_at", scope.FromAt);
        command.Parameters.AddWithValue("to_at", scope.ToAt);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(ReportRow, string?, string?)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((new ReportRow(reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.IsDBNull(3) ? "" : reader.GetString(3)),
                reader.FieldCount > 4 && !reader.IsDBNull(4) ? reader.GetString(4) : null,
                reader.FieldCount > 5 && !reader.IsDBNull(5) ? reader.GetString(5) : null));
        }

        return rows;
    }

    /// <summary>A figure counted from the rows of <paramref name="sql"/>.</summary>
    public static async Task<ReportFigureValue> FigureAsync(NpgsqlConnection connection, string section, string figure, string sql, ReportScope scope,
        CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(connection, sql, scope, cancellationToken);
        return new ReportFigureValue(section, figure, rows.Count, [.. rows.Select(r => r.Row)]);
    }
}
