using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.FieldWork;

/// <summary>One group of the coverage: its subjects, how many were inspected, and which were not.</summary>
public sealed record CoverageGroup(string Key, string SubjectType, string? PlaceCategory, IReadOnlyList<CoverageSubject> Subjects)
{
    public string Label => PlaceCategory is { } category ? Codes.PlaceCategory.Label(category, Language.Chinese) : Codes.CoverageGroup.Label(Key, Language.Chinese);

    public int Total => Subjects.Count;

    public int Inspected => Subjects.Count(s => s.Inspected);

    /// <summary>Inspected over total, 1 for an empty group (nothing was left out).</summary>
    public double Share => Total == 0 ? 1 : (double)Inspected / Total;
}
