using FireMap.Spatial.Geocoding;
using FireMap.Spatial.Geocoding.Gazetteers;
using Npgsql;

namespace FireMap.Api.Geocoding;

/// <summary>
/// Builds the gazetteer from PostGIS, one query per layer; every entry is placed at a point on its
/// geometry (<c>ST_PointOnSurface</c>), so it lies inside its footprint or on its road.
/// </summary>
internal static class GazetteerLoader
{
    private const string Communities = "SELECT id, code, name, ST_X(p), ST_Y(p) FROM (SELECT id, code, name, ST_PointOnSurface(geom) p FROM communities) t";

    private const string Compounds = """
        SELECT x.id, x.code, x.name, x.aliases, x.address, c.code, ST_X(p), ST_Y(p)
        FROM (SELECT *, ST_PointOnSurface(geom) p FROM compounds) x JOIN communities c ON c.id = x.community_id
        """;

    private const string Buildings = """
        SELECT b.id, b.code, b.name, b.building_no, x.code, c.code, b.address, ST_X(p), ST_Y(p)
        FROM (SELECT *, ST_PointOnSurface(geom) p FROM buildings) b
        JOIN communities c ON c.id = b.community_id LEFT JOIN compounds x ON x.id = b.compound_id
        """;

    private const string Places = """
        SELECT p.id, p.code, p.name, p.address, c.code, x.code, b.code, ST_X(p.geom), ST_Y(p.geom)
        FROM places p JOIN communities c ON c.id = p.community_id
        LEFT JOIN compounds x ON x.id = p.compound_id LEFT JOIN buildings b ON b.id = p.building_id
        """;

    // One representative point per road name: its edges are many, the name is one.
    private const string Roads = "SELECT name, ST_X(p), ST_Y(p) FROM (SELECT name, ST_PointOnSurface(ST_Collect(geom)) p FROM roads GROUP BY name) r";

    public static async Task<GeocoderSnapshot> LoadAsync(NpgsqlDataSource dataSource, GazetteerArea area, CancellationToken cancellationToken)
    {
        var builder = new GazetteerBuilder(area);
        var ids = new Dictionary<(MatchLevel, string), long>();
        await ReadAsync(dataSource, Communities, r =>
        {
            builder.Add(new CommunityRecord { Code = r.GetString(1), Name = r.GetString(2), Lon = r.GetDouble(3), Lat = r.GetDouble(4) });
            ids[(MatchLevel.Community, r.GetString(1))] = r.GetInt64(0);
        }, cancellationToken);
        await ReadAsync(dataSource, Compounds, r =>
        {
            builder.Add(new CompoundRecord
            {
                Code = r.GetString(1), Name = r.GetString(2), Aliases = r.GetFieldValue<string[]>(3), Address = r.GetString(4),
                CommunityCode = r.GetString(5), Lon = r.GetDouble(6), Lat = r.GetDouble(7),
            });
            ids[(MatchLevel.Compound, r.GetString(1))] = r.GetInt64(0);
        }, cancellationToken);
        await ReadAsync(dataSource, Buildings, r =>
        {
            builder.Add(new BuildingRecord
            {
                Code = r.GetString(1), Name = r.GetString(2), BuildingNo = Text(r, 3), CompoundCode = Text(r, 4),
                CommunityCode = r.GetString(5), Address = r.GetString(6), Lon = r.GetDouble(7), Lat = r.GetDouble(8),
            });
            ids[(MatchLevel.Building, r.GetString(1))] = r.GetInt64(0);
        }, cancellationToken);
        await ReadAsync(dataSource, Places, r =>
        {
            builder.Add(new PlaceRecord
            {
                Code = r.GetString(1), Name = r.GetString(2), Address = r.GetString(3), CommunityCode = r.GetString(4),
                CompoundCode = Text(r, 5), BuildingCode = Text(r, 6), Lon = r.GetDouble(7), Lat = r.GetDouble(8),
            });
            ids[(MatchLevel.Place, r.GetString(1))] = r.GetInt64(0);
        }, cancellationToken);
        await ReadAsync(dataSource, Roads, r => builder.Add(new RoadRecord { Name = r.GetString(0), Lon = r.GetDouble(1), Lat = r.GetDouble(2) }),
            cancellationToken);
        return new GeocoderSnapshot(new Geocoder(builder.Build()), ids);
    }

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static async Task ReadAsync(NpgsqlDataSource dataSource, string sql, Action<NpgsqlDataReader> add, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            add(reader);
        }
    }
}
