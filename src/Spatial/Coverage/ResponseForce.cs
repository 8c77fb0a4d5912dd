namespace FireMap.Spatial.Coverage;

/// <summary>
/// The effective response force (FireCARES, NFPA 1710): the staff of every station that reaches a
/// building within the response-force time, against the staff its hazard class requires.
/// </summary>
/// <param name="Low">Staff required for a low-hazard building (FireCARES: 15).</param>
/// <param name="Medium">Staff required for a medium-hazard building (FireCARES: 27).</param>
/// <param name="High">Staff required for a high-hazard building (FireCARES: 42).</param>
public sealed record ResponseForce(int Low = 15, int Medium = 27, int High = 42)
{
    /// <summary>
    /// The hazard class of a building: high for high-rise buildings (GB 50016), factories and
    /// warehouses; medium for commercial, mixed-use and public buildings; low for the rest.
    /// </summary>
    /// <param name="useClass">A <c>UseClass</c> code.</param>
    /// <param name="isHighRise">Whether GB 50016 counts the building as high-rise.</param>
    public static string HazardClass(string useClass, bool isHighRise) => isHighRise
        ? "high"
        : useClass switch
        {
            "industrial" or "warehouse" => "high",
            "commercial" or "mixed" or "public" => "medium",
            _ => "low",
        };

    /// <summary>Staff required for <paramref name="hazardClass"/> (a <c>ResponseHazardClass</c> code).</summary>
    public int Required(string hazardClass) => hazardClass switch
    {
        "high" => High,
        "medium" => Medium,
        "low" => Low,
        _ => throw new ArgumentOutOfRangeException(nameof(hazardClass), hazardClass, "not a ResponseHazardClass code"),
    };

    /// <summary>Staff missing to meet the requirement (0 when met).</summary>
    /// <param name="staffWithin">Staff of the stations that reach the building in time.</param>
    /// <param name="hazardClass">The building's hazard class.</param>
    public int Shortfall(int staffWithin, string hazardClass) => Math.Max(0, Required(hazardClass) - staffWithin);

    /// <summary>Problems with the requirement: each must be positive and they must not fall as hazard rises.</summary>
    public IReadOnlyList<string> Check()
    {
        var problems = new List<string>();
        if (Low <= 0)
        {
            problems.Add($"low must be positive, was {Low}");
        }

        if (Medium < Low || High < Medium)
        {
            problems.Add($"requirements must not fall as hazard rises (low {Low}, medium {Medium}, high {High})");
        }

        return problems;
    }
}
