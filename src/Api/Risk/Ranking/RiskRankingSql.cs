namespace FireMap.Api.Risk.Ranking;

/// <summary>
/// Rankings of one run, ordered by score descending then id (the order of the rank indexes). The rank is
/// the position within the scope (the run, a community, a compound) before the level filter; the keyset
/// (<c>@after_score</c>, <c>@after_id</c>) then starts the page after the previous page's last row.
/// </summary>
internal static class RiskRankingSql
{
    private const string ScopeOfCompounds = """
        s.run_id = @run
        AND (@community::bigint IS NULL OR s.compound_id IN (SELECT x.id FROM compounds x WHERE x.community_id = @community))
        """;

    private const string ScopeOfBuildings = """
        s.run_id = @run
        AND (@compound::bigint IS NULL OR s.compound_id = @compound)
        AND (@community::bigint IS NULL OR s.building_id IN (SELECT b.id FROM buildings b WHERE b.community_id = @community))
        """;

    public const string Compounds = $"""
        WITH ranked AS (
            SELECT s.compound_id, s.score, s.level, s.likelihood, s.consequence, s.contributions,
                   s.max_building_score, s.mean_building_score, s.building_count,
                   row_number() OVER (ORDER BY s.score DESC, s.compound_id) AS rank
            FROM compound_risk_scores s
            WHERE {ScopeOfCompounds}
        )
        SELECT r.rank, r.compound_id, r.score, r.level, r.likelihood, r.consequence, r.contributions::text,
               r.max_building_score, r.mean_building_score, r.building_count
        FROM ranked r
        WHERE (@level::text IS NULL OR r.level = @level)
          AND (@after_id::bigint IS NULL OR r.score < @after_score OR (r.score = @after_score AND r.compound_id > @after_id))
        ORDER BY r.score DESC, r.compound_id
        LIMIT @limit
        """;

    public const string CountCompounds = $"""
        SELECT count(*)::int FROM compound_risk_scores s
        WHERE {ScopeOfCompounds} AND (@level::text IS NULL OR s.level = @level)
        """;

    public const string Buildings = $"""
        WITH ranked AS (
            SELECT s.building_id, s.compound_id, s.score, s.level, s.likelihood, s.consequence, s.contributions,
                   row_number() OVER (ORDER BY s.score DESC, s.building_id) AS rank
            FROM building_risk_scores s
            WHERE {ScopeOfBuildings}
        )
        SELECT r.rank, r.building_id, r.score, r.level, r.likelihood, r.consequence, r.contributions::text, r.compound_id
        FROM ranked r
        WHERE (@level::text IS NULL OR r.level = @level)
          AND (@after_id::bigint IS NULL OR r.score < @after_score OR (r.score = @after_score AND r.building_id > @after_id))
        ORDER BY r.score DESC, r.building_id
        LIMIT @limit
        """;

    public const string CountBuildings = $"""
        SELECT count(*)::int FROM building_risk_scores s
        WHERE {ScopeOfBuildings} AND (@level::text IS NULL OR s.level = @level)
        """;

    // A compound's score in every stored run, oldest as-of date first.
    public const string History = """
        SELECT r.id, r.model_version, r.as_of, s.score, s.level, s.computed_at
        FROM compound_risk_scores s
        JOIN risk_runs r ON r.id = s.run_id
        WHERE s.compound_id = @compound
        ORDER BY r.as_of, r.model_version, r.id
        """;

    public const string CompoundsById = """
        SELECT s.compound_id, s.score, s.level, s.likelihood, s.consequence, s.contributions::text
        FROM compound_risk_scores s
        WHERE s.run_id = @run AND s.compound_id = ANY (@ids)
        """;

    public const string BuildingsById = """
        SELECT s.building_id, s.score, s.level, s.likelihood, s.consequence, s.contributions::text
        FROM building_risk_scores s
        WHERE s.run_id = @run AND s.building_id = ANY (@ids)
        """;

    // The whole ranking of a run for the export: the ranking above with names, without a page.
    public const string CompoundsForExport = $"""
        WITH ranked AS (
            SELECT s.compound_id, s.score, s.level, s.likelihood, s.consequence, s.contributions,
                   row_number() OVER (ORDER BY s.score DESC, s.compound_id) AS rank
            FROM compound_risk_scores s
            WHERE {ScopeOfCompounds}
        )
        SELECT r.rank, c.name, x.code, x.name, r.score, r.level, r.likelihood, r.consequence, r.contributions::text
        FROM ranked r
        JOIN compounds x ON x.id = r.compound_id
        JOIN communities c ON c.id = x.community_id
        WHERE @level::text IS NULL OR r.level = @level
        ORDER BY r.score DESC, r.compound_id
        """;
}
