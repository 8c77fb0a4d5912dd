using System.Threading.Channels;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Risk.Runs;

/// <summary>
/// Binary COPY of score rows. The rows' JSON is made on all processors in chunks while one connection
/// streams the finished chunks to PostgreSQL, so a million rows need neither one thread nor all the
/// JSON in memory at once.
/// </summary>
internal static class RiskScoreCopy
{
    private const int ChunkSize = 2048;

    public const string CompoundColumns =
        "(run_id, compound_id, score, level, likelihood, consequence, max_building_score, mean_building_score, building_count, contributions, computed_at)";

    public const string BuildingColumns = "(run_id, building_id, compound_id, score, level, likelihood, consequence, contributions, computed_at)";

    public static async Task CopyAsync<T>(NpgsqlConnection connection, string table, bool compounds, long runId, DateTimeOffset computedAt,
        IReadOnlyList<T> items, Func<T, ScoreRow> row, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<ScoreRow[]>(new BoundedChannelOptions(4 * Environment.ProcessorCount) { SingleReader = true });

        // Cancelled when the COPY fails, so that producers waiting for room in the channel stop too.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            Exception? failure = null;
            try
            {
                var chunks = Enumerable.Range(0, (items.Count + ChunkSize - 1) / ChunkSize);
                await Parallel.ForEachAsync(chunks, stop.Token, async (chunk, token) =>
                {
                    var rows = new ScoreRow[Math.Min(ChunkSize, items.Count - (chunk * ChunkSize))];
                    for (var i = 0; i < rows.Length; i++)
                    {
                        rows[i] = row(items[(chunk * ChunkSize) + i]);
                    }

                    await channel.Writer.WriteAsync(rows, token);
                });
            }
            catch (Exception e)
            {
                failure = e;
                throw;
            }
            finally
            {
                // Always ends the reader's loop, with the failure if there was one.
                channel.Writer.TryComplete(failure);
            }
        }, stop.Token);

        try
        {
            await WriteAsync(connection, table, compounds, runId, computedAt, channel.Reader, cancellationToken);
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }

        await producer;
    }

    private static async Task WriteAsync(NpgsqlConnection connection, string table, bool compounds, long runId, DateTimeOffset computedAt,
        ChannelReader<ScoreRow[]> chunks, CancellationToken cancellationToken)
    {
        var at = computedAt.ToUniversalTime();
        var columns = compounds ? CompoundColumns : BuildingColumns;
        await using (var copy = await connection.BeginBinaryImportAsync($"COPY {table} {columns} FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            // Synchronous writes: the importer buffers and flushes in large blocks; per-value awaits would dominate.
            await foreach (var rows in chunks.ReadAllAsync(cancellationToken))
            {
                foreach (var r in rows)
                {
                    copy.StartRow();
                    copy.Write(runId, NpgsqlDbType.Bigint);
                    copy.Write(r.Id, NpgsqlDbType.Bigint);
                    if (compounds)
                    {
                        WriteCompound(copy, r);
                    }
                    else
                    {
                        WriteBuilding(copy, r);
                    }

                    copy.Write(r.Contributions, NpgsqlDbType.Jsonb);
                    copy.Write(at, NpgsqlDbType.TimestampTz);
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }
    }

    private static void WriteCompound(NpgsqlBinaryImporter copy, ScoreRow r)
    {
        copy.Write(r.Score, NpgsqlDbType.Double);
        copy.Write(r.Level, NpgsqlDbType.Text);
        Nullable(copy, r.Likelihood);
        Nullable(copy, r.Consequence);
        copy.Write(r.MaxBuildingScore, NpgsqlDbType.Double);
        copy.Write(r.MeanBuildingScore, NpgsqlDbType.Double);
        copy.Write(r.BuildingCount, NpgsqlDbType.Integer);
    }

    private static void WriteBuilding(NpgsqlBinaryImporter copy, ScoreRow r)
    {
        if (r.CompoundId is long compoundId)
        {
            copy.Write(compoundId, NpgsqlDbType.Bigint);
        }
        else
        {
            copy.WriteNull();
        }

        copy.Write(r.Score, NpgsqlDbType.Double);
        copy.Write(r.Level, NpgsqlDbType.Text);
        copy.Write(r.Likelihood!.Value, NpgsqlDbType.Double);
        copy.Write(r.Consequence!.Value, NpgsqlDbType.Double);
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
