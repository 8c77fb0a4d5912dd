namespace FireMap.Api.Imports;

/// <summary>What a hazard can be recorded against, and the table each kind lives in.</summary>
public static class HazardSubjects
{
    public static readonly string[] Types = ["building", "place", "compound", "fire_lane"];

    public static string TableOf(string subjectType) => subjectType switch
    {
        "building" => "buildings",
        "place" => "places",
        "compound" => "compounds",
        "fire_lane" => "fire_lanes",
        _ => throw new ArgumentOutOfRangeException(nameof(subjectType), subjectType, "unknown hazard subject type"),
    };
}
