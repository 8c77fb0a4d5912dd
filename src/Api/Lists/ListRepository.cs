using FireMap.Api.Database;
using FireMap.Api.Exports;
using FireMap.Spatial.Vocabulary;
using Npgsql;

namespace FireMap.Api.Lists;

/// <summary>
/// Reads the three lists: 底数清单 (high-rise buildings, old compounds and compounds without property management
/// or maintenance contractor, places), 隐患清单 (every hazard) and 整改责任清单 (open hazards and who answers for
/// them). Scope is applied in SQL: <c>@scope</c> is the community of a scoped user, <c>@community</c> the requested one.
/// </summary>
internal sealed class ListRepository(NpgsqlDataSource dataSource)
{
    private const string InScope = "(@scope::bigint IS NULL OR c.id = @scope) AND (@community::text IS NULL OR c.code = @community)";

    private const string CommunitiesSql = $"SELECT c.id, c.code, c.name FROM communities c WHERE {InScope} ORDER BY c.code";

    // Blank text counts as missing: a unit of '' is no unit.
    private const string InventorySql = $"""
        SELECT c.code, 'high_rise' AS kind, b.name, b.address, x.name AS compound, b.height_m::float8, b.floors,
               NULLIF(btrim(b.management_unit), ''), NULLIF(btrim(b.maintenance_unit), ''),
               b.alarm_system, b.smoke_control_system, b.sprinkler_system, b.hydrant_system,
               NULL::boolean, NULL::text, NULL::text, NULL::text, NULL::date, 1 AS part, b.code AS sort
        FROM buildings b JOIN communities c ON c.id = b.community_id LEFT JOIN compounds x ON x.id = b.compound_id
        WHERE b.is_high_rise AND {InScope}
        UNION ALL
        SELECT c.code, 'compound', x.name, x.address, x.name, NULL, NULL, NULL, NULLIF(btrim(x.maintenance_unit), ''),
               NULL, NULL, NULL, NULL, x.is_old, NULLIF(btrim(x.property_management_unit), ''), NULL, NULL, NULL, 2, x.code
        FROM compounds x JOIN communities c ON c.id = x.community_id
        WHERE (x.is_old OR NULLIF(btrim(x.property_management_unit), '') IS NULL OR NULLIF(btrim(x.maintenance_unit), '') IS NULL)
          AND {InScope}
        UNION ALL
        SELECT c.code, 'place', p.name, p.address, x.name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
               p.category, NULLIF(btrim(p.responsible_unit), ''), p.self_inspection_date, 3, p.code
        FROM places p JOIN communities c ON c.id = p.community_id
        LEFT JOIN buildings pb ON pb.id = p.building_id
        LEFT JOIN compounds x ON x.id = COALESCE(p.compound_id, pb.compound_id)
        WHERE {InScope}
        ORDER BY 1, part, sort
        """;

    // A hazard's list cells; @open_only keeps the open ones (整改责任清单).
    private const string HazardsSql = $"""
        SELECT c.code, x.name, h.code, h.subject_type,
               CASE h.subject_type WHEN 'building' THEN b.name WHEN 'place' THEN p.name WHEN 'compound' THEN x.name
                                   WHEN 'fire_lane' THEN COALESCE(l.name, l.code) END,
               h.category, h.severity, h.description, h.found_on, h.deadline, h.status, h.supervised, h.supervising_unit,
               h.responsible_unit, NULLIF(btrim(h.responsible_person), '')
        FROM hazards h
        JOIN communities c ON c.id = h.community_id
        LEFT JOIN buildings b ON h.subject_type = 'building' AND b.id = h.subject_id
        LEFT JOIN places p ON h.subject_type = 'place' AND p.id = h.subject_id
        LEFT JOIN fire_lanes l ON h.subject_type = 'fire_lane' AND l.id = h.subject_id
        LEFT JOIN compounds x ON x.id = h.compound_id
        WHERE {InScope} AND (NOT @open_only OR h.status <> 'closed')
        ORDER BY c.code, x.name NULLS LAST, h.deadline, h.id
        """;

    public async Task<IReadOnlyList<ListCommunity>> CommunitiesAsync(long? scope, string? community, CancellationToken cancellationToken)
    {
        await using var command = Command(CommunitiesSql, scope, community);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var communities = new List<ListCommunity>();
        while (await reader.ReadAsync(cancellationToken))
        {
            communities.Add(new ListCommunity(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return communities;
    }

    public async Task<ListTable> InventoryAsync(long? scope, string? community, Language language, CancellationToken cancellationToken)
    {
        string[] header =
        [
            Column("community", language), ListWords.Word("kind", language), ListWords.Word("name", language), Column("address", language),
            Column("compound", language), ListWords.Word("height_m", language), ListWords.Word("floors", language),
            ListWords.Word("management_unit", language), ListWords.Word("maintenance_unit", language),
            ListWords.Word("alarm_system", language), ListWords.Word("smoke_control_system", language),
            ListWords.Word("sprinkler_system", language), ListWords.Word("hydrant_system", language),
            ListWords.Word("old_compound", language), ListWords.Word("property_management_unit", language),
            ListWords.Word("place_category", language), Column("responsible_unit", language),
            ListWords.Word("self_inspection_date", language), ListWords.Word("gaps", language),
        ];
        var names = await CommunityNamesAsync(scope, community, cancellationToken);
        var rows = new List<ListRow>();
        await using var command = Command(InventorySql, scope, community);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var kind = reader.GetString(1);
            var gaps = new List<string>();
            var managementUnit = Text(reader, 7);
            var maintenanceUnit = Text(reader, 8);
            var propertyManagement = Text(reader, 14);
            var responsibleUnit = Text(reader, 16);
            var selfInspection = reader.IsDBNull(17) ? (DateTime?)null : reader.GetFieldValue<DateOnly>(17).ToDateTime(TimeOnly.MinValue);
            switch (kind)
            {
                case "high_rise":
                    AddIf(gaps, managementUnit is null, "management_unit");
                    AddIf(gaps, maintenanceUnit is null, "maintenance_unit");
                    break;
                case "compound":
                    AddIf(gaps, propertyManagement is null, "property_management");
                    AddIf(gaps, maintenanceUnit is null, "maintenance_unit");
                    break;
                default:
                    AddIf(gaps, responsibleUnit is null, "responsible_unit");
                    AddIf(gaps, selfInspection is null, "self_inspection");
                    break;
            }

            var code = reader.GetString(0);
            rows.Add(new ListRow(code,
            [
                names[code],
                kind == "high_rise" ? ListWords.Word("high_rise", language) : Codes.HazardSubjectType.Label(kind, language),
                reader.GetString(2), reader.GetString(3), Text(reader, 4),
                reader.IsDBNull(5) ? null : reader.GetDouble(5),
                reader.IsDBNull(6) ? null : reader.GetInt32(6),
                managementUnit, maintenanceUnit,
                Label(Codes.SystemStatus, reader, 9, language), Label(Codes.SystemStatus, reader, 10, language),
                Label(Codes.SystemStatus, reader, 11, language), Label(Codes.SystemStatus, reader, 12, language),
                reader.IsDBNull(13) ? null : ExportText.YesNo(reader.GetBoolean(13), language),
                propertyManagement, Label(Codes.PlaceCategory, reader, 15, language), responsibleUnit, selfInspection,
                ListWords.Gaps(gaps, language),
            ], gaps.Count > 0));
        }

        return new ListTable("inventory", header, rows, CountsHazards: false);
    }

    public async Task<ListTable> HazardsAsync(long? scope, string? community, bool openOnly, DateOnly today, Language language, CancellationToken cancellationToken)
    {
        string[] columns = openOnly
            ? ["community", "compound", "code", "subject", "category", "severity", "responsible_unit", "responsible_person", "deadline", "days_overdue", "status", "supervised"]
            : ["community", "compound", "code", "subject_type", "subject", "category", "severity", "description", "found_on", "deadline", "status", "days_overdue",
               "supervised", "supervising_unit", "responsible_unit", "responsible_person"];
        string[] header = [.. columns.Select(column => Column(column, language)), ListWords.Word("gaps", language)];
        var names = await CommunityNamesAsync(scope, community, cancellationToken);
        var rows = new List<ListRow>();
        await using var command = Command(HazardsSql, scope, community);
        command.Parameters.AddWithValue("open_only", openOnly);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var code = reader.GetString(0);
            var deadline = reader.GetFieldValue<DateOnly>(9);
            var status = reader.GetString(10);
            var open = status != "closed";
            var daysOverdue = open && deadline < today ? today.DayNumber - deadline.DayNumber : 0;
            var supervised = reader.GetBoolean(11);
            var person = Text(reader, 14);
            var cells = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["community"] = names[code],
                ["compound"] = Text(reader, 1),
                ["code"] = reader.GetString(2),
                ["subject_type"] = Label(Codes.HazardSubjectType, reader, 3, language),
                ["subject"] = Text(reader, 4),
                ["category"] = Codes.HazardCategory.Label(reader.GetString(5), language),
                ["severity"] = Codes.HazardSeverity.Label(reader.GetString(6), language),
                ["description"] = reader.GetString(7),
                ["found_on"] = reader.GetFieldValue<DateOnly>(8).ToDateTime(TimeOnly.MinValue),
                ["deadline"] = deadline.ToDateTime(TimeOnly.MinValue),
                ["status"] = Codes.HazardStatus.Label(status, language),
                ["days_overdue"] = daysOverdue,
                ["supervised"] = ExportText.YesNo(supervised, language),
                ["supervising_unit"] = Text(reader, 12),
                ["responsible_unit"] = reader.GetString(13),
                ["responsible_person"] = person,
            };
            var gaps = person is null ? new[] { "responsible_person" } : [];
            rows.Add(new ListRow(code, [.. columns.Select(column => cells[column]), ListWords.Gaps(gaps, language)], gaps.Length > 0,
                open, daysOverdue > 0, supervised));
        }

        return new ListTable(openOnly ? "responsibility" : "hazards", header, rows, CountsHazards: true);
    }

    private async Task<Dictionary<string, string>> CommunityNamesAsync(long? scope, string? community, CancellationToken cancellationToken) =>
        (await CommunitiesAsync(scope, community, cancellationToken)).ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);

    private NpgsqlCommand Command(string sql, long? scope, string? community)
    {
        var command = dataSource.Routed().CreateCommand(sql);
        command.Parameters.AddWithValue("scope", (object?)scope ?? DBNull.Value);
        command.Parameters.AddWithValue("community", (object?)community ?? DBNull.Value);
        return command;
    }

    private static string Column(string code, Language language) => Codes.HazardListColumn.Label(code, language);

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string? Label(CodeList list, NpgsqlDataReader reader, int ordinal, Language language) =>
        reader.IsDBNull(ordinal) ? null : list.Label(reader.GetString(ordinal), language);

    private static void AddIf(List<string> gaps, bool missing, string gap)
    {
        if (missing)
        {
            gaps.Add(gap);
        }
    }
}
