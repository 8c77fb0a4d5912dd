using System.Text.Json;
using FireMap.Api.Errors;
using FireMap.Api.Geocoding;
using FireMap.Spatial.Interchange;
using Npgsql;

namespace FireMap.Api.Imports;

/// <summary>
/// Loads layer files into PostGIS. The whole import is one transaction: every problem of every
/// record is reported with its layer, record, field and value, and when there is any the database
/// is left as it was; a dry run reports the same and never commits. Records are matched by
/// <c>code</c>: insert, update or upsert (<see cref="ImportMode"/>). Positions are brought to WGS84
/// from the file's or the user's coordinate system; CSV/XLSX rows without lon/lat are placed by
/// their address (see <see cref="AddressPlacement"/>).
/// </summary>
public sealed class LayerImporter(NpgsqlDataSource dataSource, GeocoderProvider geocoders, IConfiguration configuration,
    ILogger<LayerImporter> logger)
{
    private readonly NetTopologySuite.Geometries.Envelope? _configuredArea = ImportArea.Parse(configuration[ImportArea.ConfigurationKey]);
    private readonly CoordinateTransformer _transformer = new(dataSource);

    private const int BatchSize = 500;

    // Records shown in a dry run's preview: enough to recognise the fields' contents.
    private const int SampleSize = 3;

    /// <summary>Imports as before: insert only, written at once, the first problem raised.</summary>
    /// <param name="files">The files, in any order; they load in catalog order.</param>
    /// <param name="actor">Who imports, for the audit log.</param>
    /// <param name="allowUnplaced">Skip (and report) rows that cannot be placed by address, instead of refusing the import.</param>
    /// <param name="cancellationToken">Cancels the import; nothing is written then.</param>
    public async Task<ImportSummary> ImportAsync(IReadOnlyList<ImportFile> files, string actor, bool allowUnplaced, CancellationToken cancellationToken) =>
        (await ImportAsync(files, actor, ImportOptions.Default with { AllowUnplaced = allowUnplaced }, cancellationToken)).ToSummary();

    /// <summary>Imports (or, with <see cref="ImportOptions.DryRun"/>, checks) the files as the options say.</summary>
    /// <exception cref="Rejection">Any problem in a real import; the details list every one of them and the report.</exception>
    public async Task<ImportReport> ImportAsync(IReadOnlyList<ImportFile> files, string actor, ImportOptions options, CancellationToken cancellationToken)
    {
        var ordered = files.OrderBy(file => file.Layer.LoadOrder).ToList();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var resolver = new CodeResolver(connection, transaction);
        var issues = new List<ImportIssue>();
        var unplaced = new List<UnplacedRow>();
        var results = new List<LayerResult>();
        var area = new ImportArea(_configuredArea);
        await area.RefreshAsync(connection, transaction, cancellationToken);

        foreach (var file in ordered)
        {
            var layer = file.Layer;
            var step = new LayerStep(layer, file.Format, options, issues);
            try
            {
                await ReadAsync(file, step, cancellationToken);
                if (step.Records is { } records)
                {
                    unplaced.AddRange(await PlaceAsync(step, records, cancellationToken));
                    await WriteAsync(connection, transaction, step, resolver, area, cancellationToken);
                }
            }
            catch (Rejection rejection) when (rejection.Details.ContainsKey("layer"))
            {
                issues.Add(ImportRejection.IssueOf(rejection, layer.Name));
            }

            resolver.Invalidate(layer.Table);
            if (layer.Table == "communities")
            {
                await area.RefreshAsync(connection, transaction, cancellationToken);
            }

            results.Add(step.Result());
        }

        var report = new ImportReport(options.DryRun, options.Mode.ToString().ToLowerInvariant(), results, issues, unplaced);
        if (options.DryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
            return report;
        }

        if (issues.Count > 0)
        {
            throw ImportRejection.Of(issues, report);
        }

        if (unplaced.Count > 0 && !options.AllowUnplaced)
        {
            throw ImportRejection.Unplaced(unplaced);
        }

        await AuditAsync(connection, transaction, actor, report, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        geocoders.Invalidate();
        logger.LogInformation("Import by {Actor}: {Inserted} inserted, {Updated} updated, {Unchanged} unchanged, {Retired} retired",
            actor, report.Inserted, report.Updated, report.Unchanged, report.Retired);
        return report;
    }

    // Reads the file, maps its fields, and brings its positions to WGS84.
    private async Task ReadAsync(ImportFile file, LayerStep step, CancellationToken cancellationToken)
    {
        var layer = step.Layer;
        SourceData source;
        await using (var stream = file.Open())
        {
            source = await SourceReader.ReadAsync(file.Format, stream, layer.Name, cancellationToken);
        }

        step.Issues.AddRange(source.Issues);
        step.SourceFields = source.FieldNames;
        step.Sample = [.. source.Records.Take(SampleSize).Select(record => record.Values)];
        step.Refused += source.Issues.Select(issue => issue.Record).Where(n => n > 0).Distinct().Count();
        step.RecordCount = source.Records.Count + source.Issues.Count(issue => issue.Record > 0);
        var mapping = step.Options.Mapping;
        if (mapping?.UnknownTargets(layer).ToList() is { Count: > 0 } unknown)
        {
            step.Issues.Add(new ImportIssue(layer.Name, 0, unknown[0], null,
                $"the mapping names {string.Join(", ", unknown)}, which the layer {layer.Name} does not have; its fields are {string.Join(", ", layer.Fields.Select(f => f.Name))}"));
            return;
        }

        step.Fields = FieldMapping.Plan(mapping, layer, source.FieldNames);
        var records = source.Records.Select(record => FieldMapping.Apply(mapping, step.Fields, record)).ToList();
        if (SourceReader.IsTabular(file.Format))
        {
            records = PlaceByLonLat(step, records);
        }

        var crs = step.Options.Crs ?? source.Crs;
        if (crs is null && source.CrsText is { } text && await _transformer.MatchNameAsync(text, cancellationToken) is { } matched)
        {
            crs = new CoordinateSystem(matched);
        }

        // A file that names no system (CSV, XLSX, GeoJSON per RFC 7946) is WGS84.
        crs ??= source.CrsText is null ? CoordinateSystem.Wgs84 : null;
        if (crs is null)
        {
            step.Issues.Add(new ImportIssue(layer.Name, 0, "crs", source.CrsText?[..Math.Min(120, source.CrsText.Length)],
                "the file's coordinate system cannot be matched to an EPSG code; give it with the import (crs=EPSG:nnnn)"));
            return;
        }

        step.Crs = crs;
        step.CrsSource = step.Options.Crs is not null ? "given" : source.CrsText is not null || source.Crs is not null && source.Format != "geojson" ? "file" : "default";
        if (crs.Epsg != 4326 && !await _transformer.KnowsAsync(crs.Epsg, cancellationToken))
        {
            step.Issues.Add(new ImportIssue(layer.Name, 0, "crs", crs.ToString(), $"{crs} is not a coordinate system PostGIS knows"));
            return;
        }

        try
        {
            step.Records = await _transformer.ToWgs84Async(records, crs, cancellationToken);
        }
        catch (PostgresException e)
        {
            logger.LogWarning(e, "Transformation from {Crs} failed for {Layer}", crs, layer.Name);
            step.Issues.Add(new ImportIssue(layer.Name, 0, "geometry", crs.ToString(),
                $"positions cannot be transformed from {crs}; are they really in that system?"));
        }
    }

    private static List<ImportRecord> PlaceByLonLat(LayerStep step, List<ImportRecord> records)
    {
        var placed = new List<ImportRecord>(records.Count);
        foreach (var record in records)
        {
            try
            {
                placed.Add(record with
                {
                    Geometry = record[FieldMapping.WktColumn] is { } wkt
                        ? ReadWkt(wkt, step.Layer.Name, record.Number)
                        : CsvRecordReader.ReadPoint(record.Values, step.Layer.Name, record.Number),
                });
            }
            catch (Rejection rejection)
            {
                step.Issues.Add(ImportRejection.IssueOf(rejection, step.Layer.Name));
                step.Refused++;
            }
        }

        return placed;
    }

    private static NetTopologySuite.Geometries.Geometry ReadWkt(string wkt, string layer, int number)
    {
        try
        {
            return new NetTopologySuite.IO.WKTReader().Read(wkt);
        }
        catch (Exception e) when (e is NetTopologySuite.IO.ParseException or ArgumentException or FormatException or InvalidOperationException)
        {
            throw ImportRejection.At(layer, number, FieldMapping.WktColumn, "is not a WKT geometry such as POLYGON ((lon lat, …))");
        }
    }

    private async Task<List<UnplacedRow>> PlaceAsync(LayerStep step, List<ImportRecord> records, CancellationToken cancellationToken)
    {
        if (!SourceReader.IsTabular(step.Format) || step.Layer.Geometry != GeometryKind.Point)
        {
            return [];
        }

        var (placed, unplaced) = AddressPlacement.Place(step.Layer, records, await geocoders.GetAsync(cancellationToken));
        step.Records = placed;
        step.Refused += unplaced.Count;
        return unplaced;
    }

    // Checks every record, then inserts the new codes and updates the known ones that differ,
    // inside a savepoint so that a rule the database enforces is one more reported problem.
    private async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, LayerStep step, CodeResolver resolver,
        ImportArea area, CancellationToken cancellationToken)
    {
        var layer = step.Layer;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var inserts = new List<(string Code, object?[] Row)>();
        var updates = new List<(string Code, object?[] Row, long Id)>();
        foreach (var record in step.Records!)
        {
            var before = step.Issues.Count;
            var built = await RowBuilder.BuildAsync(layer, record, resolver, codes, area, step.Issues, cancellationToken);
            if (built is { } row)
            {
                var existing = await resolver.FindAsync(layer.Table, row.Code, cancellationToken);
                switch (step.Options.Mode, existing)
                {
                    case (ImportMode.Insert, not null):
                        step.Issues.Add(new ImportIssue(layer.Name, record.Number, "code", row.Code,
                            $"'{row.Code}' is already in {layer.Name}; import with mode=upsert (or update) to change it"));
                        break;
                    case (ImportMode.Update, null):
                        step.Issues.Add(new ImportIssue(layer.Name, record.Number, "code", row.Code,
                            $"'{row.Code}' is not in {layer.Name}; import with mode=upsert (or insert) to add it"));
                        break;
                    case (_, null) when RecordRules.CheckNewCode(layer.Name, row.Code) is { } problem:
                        step.Issues.Add(new ImportIssue(layer.Name, record.Number, "code", row.Code, problem));
                        break;
                    case (_, null):
                        inserts.Add(row);
                        break;
                    default:
                        updates.Add((row.Code, row.Row, existing.Value));
                        break;
                }
            }

            if (step.Issues.Count > before)
            {
                step.Refused++;
            }
        }

        await transaction.SaveAsync("layer_write", cancellationToken);
        try
        {
            await InsertAsync(connection, transaction, layer, inserts, cancellationToken);
            step.Inserted.AddRange(inserts.Select(i => i.Code));
            await UpdateAsync(connection, transaction, step, updates, cancellationToken);
            if (step.Options.RetireMissing)
            {
                await RetireAsync(connection, transaction, step, cancellationToken);
            }

            await transaction.ReleaseAsync("layer_write", cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState.StartsWith("23", StringComparison.Ordinal) || e.SqlState.StartsWith("22", StringComparison.Ordinal))
        {
            // Integrity rules and column ranges the checks above do not repeat (the database
            // has the last word). The driver's text stays in the log; the caller learns the rule.
            logger.LogWarning(e, "Import into {Layer} refused by the database", layer.Name);
            await transaction.RollbackAsync("layer_write", cancellationToken);
            step.Inserted.Clear();
            step.Updated.Clear();
            step.Unchanged.Clear();
            step.Issues.Add(new ImportIssue(layer.Name, 0, e.ColumnName, null, e switch
            {
                { SqlState: PostgresErrorCodes.ForeignKeyViolation } when step.Retired.Count > 0 =>
                    $"records to retire are still referred to by {e.TableName ?? "another layer"} (rule {e.ConstraintName}); retire or change those first",
                { ConstraintName: { } rule } => $"a record breaks the database rule {rule}",
                _ => "a value does not fit its column",
            }));
            step.Retired.Clear();
        }
    }

    // Retiring removes the record: no layer has a state that means "no longer there" (a hydrant's
    // status is its condition), and a removed record is what a re-export of the source would show.
    // A file that would empty the layer, or take more than a quarter of it, is more likely the wrong
    // file (or a filtered extract) than a real change, so that needs confirmRetire.
    private static async Task RetireAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, LayerStep step,
        CancellationToken cancellationToken)
    {
        var layer = step.Layer;
        var named = step.Records!.Select(record => record["code"]).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        long total;
        await using (var count = new NpgsqlCommand($"SELECT count(*) FROM {layer.Table}", connection, transaction))
        {
            total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        await using (var missing = new NpgsqlCommand($"SELECT code FROM {layer.Table} WHERE NOT (code = ANY(@named)) ORDER BY code", connection, transaction))
        {
            missing.Parameters.AddWithValue("named", named);
            await using var reader = await missing.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                step.Retired.Add(reader.GetString(0));
            }
        }

        if (step.Retired.Count == 0)
        {
            return;
        }

        if (!step.Options.ConfirmRetire && (step.Retired.Count == total || step.Retired.Count * 4 > total))
        {
            step.Issues.Add(new ImportIssue(layer.Name, 0, "code", null,
                $"retiring what the file does not name would remove {step.Retired.Count} of the {total} records of {layer.Name}"
                + (step.Retired.Count == total ? " (all of them)" : " (more than a quarter)")
                + "; check that this is the whole layer, and import with confirmRetire=true if it is meant"));
            return;
        }

        await using var delete = new NpgsqlCommand($"DELETE FROM {layer.Table} WHERE code = ANY(@codes)", connection, transaction);
        delete.Parameters.AddWithValue("codes", step.Retired.ToArray());
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, LayerFormat layer,
        List<(string Code, object?[] Row)> rows, CancellationToken cancellationToken)
    {
        var sql = InsertSql.For(layer);
        foreach (var chunk in rows.Chunk(BatchSize))
        {
            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var (_, row) in chunk)
            {
                batch.BatchCommands.Add(Command(sql, row));
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task UpdateAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, LayerStep step,
        List<(string Code, object?[] Row, long Id)> rows, CancellationToken cancellationToken)
    {
        // A field the file does not give keeps its value (an export leaves out personal fields).
        var kept = step.Fields.Missing.ToHashSet(StringComparer.Ordinal);
        var sql = InsertSql.UpdateFor(step.Layer, kept);
        foreach (var chunk in rows.Chunk(BatchSize))
        {
            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var (_, row, id) in chunk)
            {
                batch.BatchCommands.Add(Command(sql, InsertSql.UpdateValues(step.Layer, kept, row, id)));
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
            for (var i = 0; i < chunk.Length; i++)
            {
                (batch.BatchCommands[i].RecordsAffected > 0 ? step.Updated : step.Unchanged).Add(chunk[i].Code);
            }
        }
    }

    private static NpgsqlBatchCommand Command(string sql, object?[] row)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in row)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }

    // One audit entry per import: the codes each layer gained or changed (never field values, so no personal data).
    private static async Task AuditAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string actor,
        ImportReport report, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO audit_log (actor, action, entity, after) VALUES (@actor, 'import', 'layers', @after::jsonb)",
            connection, transaction);
        command.Parameters.AddWithValue("actor", actor);
        var after = report.Layers.GroupBy(l => l.Layer).ToDictionary(g => g.Key, g => new
        {
            records = g.Sum(l => l.Inserted.Count + l.Updated.Count + l.Retired.Count),
            inserted = g.SelectMany(l => l.Inserted),
            updated = g.SelectMany(l => l.Updated),
            retired = g.SelectMany(l => l.Retired),
            unchanged = g.Sum(l => l.Unchanged.Count),
        });
        command.Parameters.AddWithValue("after", JsonSerializer.Serialize(after));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
