using System.Text.Json.Nodes;

namespace FireMap.Api.Audit;

/// <summary>
/// Keeps personal data out of the audit log: in a row snapshot of any table, the value of a personal
/// column (<see cref="PersonalColumns"/>) is replaced by <see cref="Placeholder"/> (an empty one stays
/// null), and <see cref="ChangedKey"/> names the personal columns the change touched, so the log still
/// says that a building chief was changed without saying who it is.
/// </summary>
public static class AuditRedaction
{
    public const string Placeholder = "[personal]";

    /// <summary>The key added to the snapshot after the change (before it, for a deletion): the personal columns whose value changed.</summary>
    public const string ChangedKey = "personal_changed";

    /// <summary>Columns holding personal data, in whatever table they appear (the fields the <c>personal</c> rule guards).</summary>
    public static IReadOnlyList<string> PersonalColumns { get; } =
        ["chief_name", "chief_phone", "responsible_name", "responsible_phone", "manager_name", "manager_phone",
         "resident_name", "home_address", "resident_phone", "contact_person", "contact_phone", "care_notes"];

    /// <summary>
    /// Columns personal in one kind of record only, by audit entity: a door-knock visit's notes describe a
    /// vulnerable resident at home (the fields of <c>Visit</c> are all behind the <c>personal</c> rule),
    /// where an inspection's or a plan's notes describe a building.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> PersonalColumnsOfEntity { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["visit"] = ["notes"] };

    public static (string? Before, string? After) Redact(string entity, string? before, string? after)
    {
        var old = Parse(before);
        var now = Parse(after);
        var personal = PersonalColumnsOfEntity.TryGetValue(entity, out var own) ? PersonalColumns.Concat(own) : PersonalColumns;
        var present = personal.Where(column => Has(old, column) || Has(now, column)).ToList();
        if (present.Count == 0)
        {
            return (before, after);
        }

        var changed = present.Where(column => !JsonNode.DeepEquals(old?[column], now?[column])).ToList();
        Mask(old, present);
        Mask(now, present);
        if ((now ?? old) is { } marked)
        {
            marked[ChangedKey] = new JsonArray([.. changed.Select(column => (JsonNode?)JsonValue.Create(column))]);
        }

        return (old?.ToJsonString() ?? before, now?.ToJsonString() ?? after);
    }

    private static JsonObject? Parse(string? json) => json is null ? null : JsonNode.Parse(json) as JsonObject;

    private static bool Has(JsonObject? row, string column) => row?.ContainsKey(column) == true;

    private static void Mask(JsonObject? row, IEnumerable<string> columns)
    {
        if (row is null)
        {
            return;
        }

        foreach (var column in columns.Where(column => row[column] is not null))
        {
            row[column] = Placeholder;
        }
    }
}
