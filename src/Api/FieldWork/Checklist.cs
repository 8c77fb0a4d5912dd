namespace FireMap.Api.FieldWork;

/// <summary>
/// An inspection checklist from the configuration file: which subjects it applies to (a subject type, optionally
/// only high-rises or only some place categories) and its items in order.
/// </summary>
public sealed record Checklist(
    string Code,
    string Label,
    string LabelEn,
    string SubjectType,
    bool? HighRise,
    IReadOnlyList<string> PlaceCategories,
    IReadOnlyList<ChecklistItem> Items)
{
    /// <summary>Whether the list applies to a subject of <paramref name="subjectType"/> with these facts.</summary>
    public bool AppliesTo(string subjectType, bool? highRise, string? placeCategory) =>
        SubjectType == subjectType
        && (HighRise is null || HighRise == highRise)
        && (PlaceCategories.Count == 0 || (placeCategory is not null && PlaceCategories.Contains(placeCategory)));

    public ChecklistItem? Item(string code) => Items.FirstOrDefault(i => i.Code == code);
}
