using System.Text.Json;
using FireMap.Api.Geocoding;
using FireMap.Spatial.Interchange;
using Npgsql;

namespace FireMap.Api.Imports;

/// <summary>
/// Loads layer files into PostGIS. The whole import is one transaction: a file that breaks any
/// rule is reported with its record and field, and the database is left as it was. CSV rows of
/// point layers without lon/lat are placed by their address (see <see cref="AddressPlacement"/>).
/// </summary>
public sealed class LayerImporter(NpgsqlDataSource dataSource, GeocoderProvider geocoders, IConfiguration configuration,
    ILogger<LayerImporter> logger)
{
    private readonly NetTopologySuite.Geometries.Envelope? _configuredArea = ImportArea.Parse(configuration[ImportArea.ConfigurationKey]);

    private const int BatchSize = 500;

    /// <param name="files">The files, in any order; they load in catalog order.</param>
    /// <param name="actor">Who imports, for the audit log.</param>
    /// <param name="allowUnplaced">Skip (and report) rows that cannot be placed by address, instead of refusing the import.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is written then.</param>
    public async Task<ImportSummary> ImportAsync(IReadOnlyList<ImportFile> files, string actor, bool allowUnplaced, CancellationToken cancellationToken)
    {
        var ordered = files.OrderBy(file => file.Layer.LoadOrder).ToList();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var resolver = new CodeResolver(connection, transaction);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var unplaced = new List<UnplacedRow>();
        var area = new ImportArea(_configuredArea);
        await area.RefreshAsync(connection, transaction, cancellationToken);

        foreach (var file in ordered)
        {
            var layer = file.Layer;
            IReadOnlyList<ImportRecord> records;
            await using (var stream = file.Open())
            {
                records = file.IsCsv
                    ? await CsvRecordReader.ReadAsync(stream, layer.Name, cancellationToken)
                    : await GeoJsonRecordReader.ReadAsync(stream, layer.Name, cancellationToken);
            }

            if (file.IsCsv && layer.Geometry == GeometryKind.Point)
            {
                var placement = AddressPlacement.Place(layer, records, await geocoders.GetAsync(cancellationToken));
                records = placement.Placed;
                unplaced.AddRange(placement.Unplaced);
            }

            var rows = new List<object?[]>(records.Count);
            var codes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var record in records)
            {
                rows.Add(await RowBuilder.BuildAsync(layer, record, resolver, codes, area, cancellationToken));
            }

            await InsertAsync(connection, transaction, layer, rows, cancellationToken);
            resolver.Invalidate(layer.Table);
            if (layer.Table == "communities")
            {
                await area.RefreshAsync(connection, transaction, cancellationToken);
            }
            counts[layer.Name] = rows.Count;
        }

        if (unplaced.Count > 0 && !allowUnplaced)
        {
            throw ImportRejection.Unplaced(unplaced);
        }

        var summary = new ImportSummary(counts, unplaced);
        await AuditAsync(connection, transaction, actor, summary, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        geocoders.Invalidate();
        logger.LogInformation("Import by {Actor}: {Summary}", actor, summary);
        return summary;
    }

    private async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, LayerFormat layer,
        List<object?[]> rows, CancellationToken cancellationToken)
    {
        var sql = InsertSql.For(layer);
        foreach (var chunk in rows.Chunk(BatchSize))
        {
            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var row in chunk)
            {
                var command = new NpgsqlBatchCommand(sql);
                foreach (var value in row)
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
                }

                batch.BatchCommands.Add(command);
            }

            try
            {
                await batch.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState.StartsWith("23", StringComparison.Ordinal) || e.SqlState.StartsWith("22", StringComparison.Ordinal))
            {
                // Integrity rules and column ranges the checks above do not repeat (the database
                // has the last word). The driver's text stays in the log; the caller learns the rule.
                logger.LogWarning(e, "Import into {Layer} refused by the database", layer.Name);
                throw ImportRejection.At(layer.Name, 0, e.ColumnName,
                    e.ConstraintName is { } rule ? $"a record breaks the database rule {rule}" : "a value does not fit its column");
            }
        }
    }

    private static async Task AuditAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string actor,
        ImportSummary summary, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO audit_log (actor, action, entity, after) VALUES (@actor, 'import', 'layers', @after::jsonb)",
            connection, transaction);
        command.Parameters.AddWithValue("actor", actor);
        command.Parameters.AddWithValue("after", JsonSerializer.Serialize(summary.RecordsByLayer));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
