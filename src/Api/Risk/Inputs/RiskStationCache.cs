using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Risk.Inputs;

/// <summary>Keeps the station distances a recompute measured, inside its transaction, for the next recompute to find.</summary>
internal static class RiskStationCache
{
    public static async Task SaveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<StationRow> rows,
        CancellationToken cancellationToken)
    {
        if (!rows.Any(r => r.Measured))
        {
            return;
        }

        await using (var create = new NpgsqlCommand(RiskStationSql.CreateIncoming, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(RiskStationSql.CopyIncoming, cancellationToken))
        {
            foreach (var row in rows.Where(r => r.Measured))
            {
                copy.StartRow();
                copy.Write(row.BuildingId, NpgsqlDbType.Bigint);
                copy.Write(row.BuildingVersion!.Value, NpgsqlDbType.Integer);
                copy.Write(row.StationsKey!.Value, NpgsqlDbType.Bigint);
                Nullable(copy, row.FireStationMeters);
                Nullable(copy, row.MicroStationMeters);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await using var save = new NpgsqlCommand(RiskStationSql.Save, connection, transaction);
        await save.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void Nullable(NpgsqlBinaryImporter copy, double? value)
    {
        if (value is double v)
        {
            copy.Write(v, NpgsqlDbType.Double);
        }
        else
        {
            copy.WriteNull();
        }
    }
}
