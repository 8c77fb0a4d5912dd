using FireMap.Api.Errors;
using FireMap.Spatial.Interchange;
using Npgsql;

namespace FireMap.Api.Imports;

/// <summary>Field mappings saved by name (table <c>import_mappings</c>).</summary>
public sealed class MappingRepository(NpgsqlDataSource dataSource)
{
    /// <summary>The mapping saved as <paramref name="name"/>.</summary>
    /// <exception cref="Rejection">No mapping has that name (NotFound).</exception>
    public async Task<FieldMapping> GetAsync(string name, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT layer, mapping::text FROM import_mappings WHERE name = @name");
        command.Parameters.AddWithValue("name", name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? FieldMapping.Parse(reader.GetString(1)) with { Layer = reader.GetString(0) }
            : throw Rejection.NotFound("import mapping", name);
    }

    /// <summary>Every saved mapping: name, layer and the mapping.</summary>
    public async Task<IReadOnlyList<object>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT name, layer, mapping::text, updated_by, updated_at FROM import_mappings ORDER BY name");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<object>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new
            {
                name = reader.GetString(0), layer = reader.GetString(1), mapping = FieldMapping.Parse(reader.GetString(2)),
                updatedBy = reader.GetString(3), updatedAt = reader.GetFieldValue<DateTimeOffset>(4),
            });
        }

        return list;
    }

    /// <summary>Saves (or replaces) a mapping for a layer, after checking it names only the layer's fields.</summary>
    public async Task SaveAsync(string name, FieldMapping mapping, string actor, CancellationToken cancellationToken)
    {
        if (name.Length is 0 or > 100 || Security.TextInput.FindProblem(name) is not null)
        {
            throw Rejection.BadInput("name", "must be 1 to 100 characters of plain text");
        }

        var layer = ImportFormat.Find(mapping.Layer ?? "") ?? throw Rejection.BadInput("layer",
            $"the mapping must name its layer, one of {string.Join(", ", ImportFormat.Layers.Select(l => l.Name))}");
        if (mapping.UnknownTargets(layer).FirstOrDefault() is { } unknown)
        {
            throw Rejection.BadInput("mapping", $"names the field '{unknown}', which the layer {layer.Name} does not have");
        }

        const string Sql = """
            INSERT INTO import_mappings (name, layer, mapping, updated_by) VALUES (@name, @layer, @mapping::jsonb, @actor)
            ON CONFLICT (name) DO UPDATE SET layer = excluded.layer, mapping = excluded.mapping, updated_by = excluded.updated_by
            """;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(Sql, connection, transaction))
        {
            command.Parameters.AddWithValue("name", name);
            command.Parameters.AddWithValue("layer", layer.Name);
            command.Parameters.AddWithValue("mapping", (mapping with { Layer = null }).ToJson());
            command.Parameters.AddWithValue("actor", actor);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var audit = new NpgsqlCommand(
            "INSERT INTO audit_log (actor, action, entity, after) VALUES (@actor, 'save', 'import_mapping', jsonb_build_object('name', @name::text, 'layer', @layer::text))",
            connection, transaction))
        {
            audit.Parameters.AddWithValue("actor", actor);
            audit.Parameters.AddWithValue("name", name);
            audit.Parameters.AddWithValue("layer", layer.Name);
            await audit.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
