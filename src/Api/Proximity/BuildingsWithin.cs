using FireMap.Api.Buildings;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Proximity;

/// <summary>Buildings whose footprint lies within a radius of a point, nearest first.</summary>
public sealed class BuildingsWithin(NpgsqlDataSource dataSource)
{
    // ST_DWithin on geom::geography matches the buildings_geog_idx expression index, so only
    // footprints near the centre are measured.
    private const string Filters = """
        (@use_classes::text[] IS NULL OR b.use_class = ANY (@use_classes))
          AND (@high_rise::boolean IS NULL OR b.is_high_rise = @high_rise)
          AND (@min_floors::integer IS NULL OR b.floors >= @min_floors)
        """;

    private const string Hits = $"""
        SELECT b.id, b.use_class, b.is_high_rise, b.occupants
        FROM buildings b
        WHERE ST_DWithin(b.geom::geography, {SearchArea.CenterSql}, @radius) AND {Filters}
        """;

    /// <summary>
    /// The page statement, public so that benchmarks can run exactly this SQL directly. Parameters:
    /// <c>@lon, @lat, @radius, @use_classes, @high_rise, @min_floors, @after_distance, @after_id, @limit</c>.
    /// </summary>
    public static readonly string PageSql =
        WithinSearch<BuildingRecord>.PageSql("buildings", "b", Filters, BuildingRepository.Columns, BuildingRepository.Joins);

    /// <summary>
    /// The fields of <c>Building</c> that read the joined tables or the footprint. A query that
    /// selects none of them is answered by <see cref="LeanPageSql"/>.
    /// </summary>
    public static readonly IReadOnlySet<string> JoinedFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "compoundName", "communityCode", "communityName", "geometry",
    };

    // The columns of BuildingRepository.Columns in the same order, with those only the joined
    // fields read left empty: no joins, and no footprint written out as GeoJSON for every hit.
    private const string LeanColumns = """
        b.id, b.code, b.name, b.building_no, b.address, b.floors, b.height_m, b.use_class, b.is_high_rise,
               b.built_year, b.management_unit, b.maintenance_unit, b.alarm_system, b.smoke_control_system,
               b.sprinkler_system, b.hydrant_system, b.changed_use, b.mixed_use, b.occupants,
               b.compound_id, NULL::text AS compound_name, ''::text AS community_code, ''::text AS community_name,
               ''::text AS geometry, b.version
        """;

    /// <summary>
    /// <see cref="PageSql"/> for a query that selects none of <see cref="JoinedFields"/>: the same
    /// hits in the same order, without the joins and the footprints.
    /// </summary>
    public static readonly string LeanPageSql = WithinSearch<BuildingRecord>.PageSql("buildings", "b", Filters, LeanColumns, "");

    private const string Summary = $"""
        SELECT h.use_class, count(*)::int, count(*) FILTER (WHERE h.is_high_rise)::int, COALESCE(sum(h.occupants), 0)::bigint, 0::bigint
        FROM ({Hits}) h
        GROUP BY h.use_class
        ORDER BY h.use_class
        """;

    private readonly WithinSearch<BuildingRecord> _search = new(dataSource, PageSql, Summary, BuildingRepository.Read);
    private readonly WithinSearch<BuildingRecord> _leanSearch = new(dataSource, LeanPageSql, Summary, BuildingRepository.Read);

    /// <param name="joinedFields">
    /// Whether any of <see cref="JoinedFields"/> is read from the records; without, those fields
    /// of the records are empty.
    /// </param>
    public Task<WithinPage<BuildingRecord>> FindAsync(WithinRequest request, BuildingFilter filter, CancellationToken cancellationToken, bool joinedFields = true) =>
        (joinedFields ? _search : _leanSearch).RunAsync(request, parameters =>
        {
            parameters.Add(new NpgsqlParameter("use_classes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)filter.UseClasses?.ToArray() ?? DBNull.Value });
            parameters.Add(new NpgsqlParameter("high_rise", NpgsqlDbType.Boolean) { Value = (object?)filter.HighRise ?? DBNull.Value });
            parameters.Add(new NpgsqlParameter("min_floors", NpgsqlDbType.Integer) { Value = (object?)filter.MinFloors ?? DBNull.Value });
        }, cancellationToken);
}
