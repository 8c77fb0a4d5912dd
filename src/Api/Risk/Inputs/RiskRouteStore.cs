using FireMap.Spatial.Risk.Inputs;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Risk.Inputs;

/// <summary>Keeps the routed times a run scored with, inside the run's transaction (see <see cref="RiskRouteSql"/>).</summary>
internal static class RiskRouteStore
{
    /// <summary>Replaces the run's routes (of one compound's buildings when <paramref name="compoundId"/> is given) with <paramref name="rows"/>.</summary>
    public static async Task ReplaceAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long runId, long? compoundId,
        IReadOnlyList<RouteRow> rows, CancellationToken cancellationToken)
    {
        await using (var delete = new NpgsqlCommand(compoundId is null ? RiskRouteSql.DeleteOfRun : RiskRouteSql.DeleteOfCompound, connection, transaction))
        {
            delete.CommandTimeout = 0;
            delete.Parameters.AddWithValue("run", runId);
            if (compoundId is long id)
            {
                delete.Parameters.AddWithValue("compound", id);
            }

            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var copy = await connection.BeginBinaryImportAsync(RiskRouteSql.Copy, cancellationToken);
        foreach (var row in rows)
        {
            copy.StartRow();
            copy.Write(runId, NpgsqlDbType.Bigint);
            copy.Write(row.BuildingId, NpgsqlDbType.Bigint);
            Write(copy, row.Fire);
            Write(copy, row.Micro);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    /// <summary>Reads the routes of the latest run on or before <paramref name="asOf"/> that kept any.</summary>
    public static async Task<List<RouteRow>> ReadStoredAsync(NpgsqlConnection connection, DateOnly asOf, long? compoundId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(RiskRouteSql.Stored, connection) { CommandTimeout = 0 };
        command.Parameters.Add(new NpgsqlParameter("as_of", NpgsqlDbType.Date) { Value = asOf });
        command.Parameters.Add(new NpgsqlParameter("compound", NpgsqlDbType.Bigint) { Value = (object?)compoundId ?? DBNull.Value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<RouteRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new RouteRow(reader.GetInt64(0), Route(reader, 1), Route(reader, 3)));
        }

        return rows;
    }

    private static StationRoute? Route(NpgsqlDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : new StationRoute(reader.GetString(column), reader.GetDouble(column + 1));

    private static void Write(NpgsqlBinaryImporter copy, StationRoute? route)
    {
        if (route is null)
        {
            copy.WriteNull();
            copy.WriteNull();
            return;
        }

        copy.Write(route.StationName, NpgsqlDbType.Text);
        copy.Write(route.Seconds, NpgsqlDbType.Double);
    }
}
