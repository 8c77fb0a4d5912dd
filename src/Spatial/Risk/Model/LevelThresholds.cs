namespace FireMap.Spatial.Risk.Model;

/// <summary>Lowest scores of the upper three levels (JSON <c>levels</c>); below <see cref="General"/> is Low.</summary>
public sealed record LevelThresholds
{
    /// <summary>Lowest score of major (red), 0–100.</summary>
    public required double Major { get; init; }

    /// <summary>Lowest score of significant (orange), 0–100.</summary>
    public required double Significant { get; init; }

    /// <summary>Lowest score of general (yellow), 0–100.</summary>
    public required double General { get; init; }

    /// <summary>The level of a score: the highest level whose threshold the score reaches.</summary>
    /// <param name="score">Score, 0–100.</param>
    public RiskLevel LevelOf(double score) =>
        score >= Major ? RiskLevel.Major
        : score >= Significant ? RiskLevel.Significant
        : score >= General ? RiskLevel.General
        : RiskLevel.Low;

    internal void Check(List<string> errors, string path)
    {
        ModelChecks.Between(errors, $"{path}.major", Major, 0, 100);
        ModelChecks.Between(errors, $"{path}.significant", Significant, 0, 100);
        ModelChecks.Between(errors, $"{path}.general", General, 0, 100);
        if (!(Major > Significant && Significant > General && General > 0))
        {
            errors.Add($"{path} must satisfy major > significant > general > 0, were {Major}, {Significant}, {General}");
        }
    }
}
