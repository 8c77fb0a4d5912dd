using FireMap.Api.Database;
using FireMap.Spatial.Coverage;
using FireMap.Spatial.Vocabulary;
using Npgsql;

namespace FireMap.Api.Coverage;

/// <summary>The effective response force of buildings: every station of any kind reaching them within <c>ResponseForceMinutes</c>.</summary>
public sealed class ResponseForces(NpgsqlDataSource dataSource, CoverageQueries queries, CoverageSettings settings)
{
    public const int MaxBuildings = 100;

    private static readonly string Sql = $"""
        WITH t AS ({DriveTimeSql.Times(DriveTimeSql.BuildingAccess, DriveTimeSql.EveryReach)})
        SELECT b.id, b.code, b.use_class, b.is_high_rise, s.id, s.name, s.kind, s.staff, t.seconds
        FROM buildings b
        LEFT JOIN t ON t.id = b.id AND t.seconds <= @limit
        LEFT JOIN stations s ON s.id = t.station_id
        WHERE b.id = ANY (@ids)
        ORDER BY b.id, t.seconds
        """;

    public async Task<IReadOnlyList<ResponseForceAnswer>> ForAsync(long[] buildingIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(buildingIds);
        var minutes = (int)Math.Ceiling(settings.Options.ResponseForceMinutes);
        await using var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        await using var command = queries.Command(connection, Sql, minutes, Codes.StationKind.Codes, null, 0, buildingIds);
        command.Parameters["limit"].Value = settings.Options.ResponseForceMinutes * 60;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(long Id, string Code, string UseClass, bool HighRise, ResponderTime? Station)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), !reader.IsDBNull(3) && reader.GetBoolean(3),
                reader.IsDBNull(4) ? null : new ResponderTime(reader.GetInt64(4), reader.GetString(5), reader.GetString(6), reader.GetInt32(7), Math.Round(reader.GetDouble(8), 1))));
        }

        return [.. rows.GroupBy(r => r.Id).Select(g =>
        {
            var first = g.First();
            var hazard = ResponseForce.HazardClass(first.UseClass, first.HighRise);
            var stations = g.Where(r => r.Station is not null).Select(r => r.Station!).ToList();
            var staff = stations.Sum(s => s.Staff);
            return new ResponseForceAnswer(first.Id, first.Code, hazard, settings.ResponseForce.Required(hazard), staff, settings.ResponseForce.Shortfall(staff, hazard), stations);
        })];
    }
}
