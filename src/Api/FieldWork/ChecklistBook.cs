using System.Text.Json;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.FieldWork;

/// <summary>
/// The inspection checklists read from the configuration file at start-up. A file that does not hold to the
/// vocabulary (unknown subject type, place category or hazard category, duplicate codes) stops the service
/// with every problem listed, like the risk model.
/// </summary>
public sealed class ChecklistBook
{
    private static readonly JsonSerializerOptions _json = new() { PropertyNameCaseInsensitive = true };

    public ChecklistBook(IReadOnlyList<Checklist> checklists) => Checklists = checklists;

    public IReadOnlyList<Checklist> Checklists { get; }

    /// <summary>The first list that applies to the subject, or null.</summary>
    public Checklist? For(string subjectType, bool? highRise, string? placeCategory) =>
        Checklists.FirstOrDefault(c => c.AppliesTo(subjectType, highRise, placeCategory));

    public static ChecklistBook Load(string path)
    {
        var file = JsonSerializer.Deserialize<FileShape>(File.ReadAllText(path), _json)
            ?? throw new InvalidDataException($"{path}: empty checklist file");
        var problems = new List<string>();
        var lists = new List<Checklist>();
        foreach (var (list, i) in (file.Checklists ?? []).Select((l, i) => (l, i)))
        {
            var where = $"checklists[{i}] ({list.Code})";
            if (string.IsNullOrWhiteSpace(list.Code) || string.IsNullOrWhiteSpace(list.Label) || string.IsNullOrWhiteSpace(list.LabelEn))
            {
                problems.Add($"{where}: code, label and labelEn are required");
            }

            if (!Codes.HazardSubjectType.Contains(list.SubjectType))
            {
                problems.Add($"{where}: subjectType '{list.SubjectType}' is not in the vocabulary");
            }

            problems.AddRange((list.PlaceCategories ?? []).Where(c => !Codes.PlaceCategory.Contains(c)).Select(c => $"{where}: unknown place category '{c}'"));
            var items = list.Items ?? [];
            if (items.Count == 0)
            {
                problems.Add($"{where}: no items");
            }

            problems.AddRange(items.GroupBy(item => item.Code).Where(g => g.Count() > 1).Select(g => $"{where}: item code '{g.Key}' twice"));
            foreach (var item in items)
            {
                if (string.IsNullOrWhiteSpace(item.Code) || string.IsNullOrWhiteSpace(item.Label) || string.IsNullOrWhiteSpace(item.LabelEn))
                {
                    problems.Add($"{where}: an item lacks code, label or labelEn");
                }

                if (!Codes.HazardCategory.Contains(item.HazardCategory))
                {
                    problems.Add($"{where}.{item.Code}: hazardCategory '{item.HazardCategory}' is not in the vocabulary");
                }
            }

            lists.Add(new Checklist(list.Code!, list.Label!, list.LabelEn!, list.SubjectType!, list.HighRise, list.PlaceCategories ?? [],
                [.. items.Select(item => new ChecklistItem(item.Code!, item.Label!, item.LabelEn!, item.HazardCategory!))]));
        }

        problems.AddRange(lists.GroupBy(l => l.Code).Where(g => g.Count() > 1).Select(g => $"checklist code '{g.Key}' twice"));
        if (lists.Count == 0)
        {
            problems.Add("no checklists");
        }

        return problems.Count == 0
            ? new ChecklistBook(lists)
            : throw new InvalidDataException($"{path}: {string.Join("; ", problems)}");
    }

    private sealed record FileShape(List<ListShape>? Checklists);

    private sealed record ListShape(string? Code, string? Label, string? LabelEn, string? SubjectType, bool? HighRise, List<string>? PlaceCategories,
        List<ItemShape>? Items);

    private sealed record ItemShape(string? Code, string? Label, string? LabelEn, string? HazardCategory);
}
