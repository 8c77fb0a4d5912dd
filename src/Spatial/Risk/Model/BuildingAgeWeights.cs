namespace FireMap.Spatial.Risk.Model;

/// <summary>Likelihood points of building age (JSON <c>likelihood.building_age</c>).</summary>
public sealed record BuildingAgeWeights
{
    /// <summary>Age, in years, below which age adds nothing.</summary>
    public required double GraceYears { get; init; }

    /// <summary>Points per year of age beyond the grace years, in likelihood points.</summary>
    public required double PointsPerYear { get; init; }

    /// <summary>Most points the factor gives, in likelihood points.</summary>
    public required double Cap { get; init; }

    /// <summary>Points when neither the building's nor the compound's year is known, in likelihood points.</summary>
    public required double UnknownPoints { get; init; }

    internal void Check(List<string> errors, string path)
    {
        ModelChecks.NonNegative(errors, $"{path}.grace_years", GraceYears);
        ModelChecks.NonNegative(errors, $"{path}.points_per_year", PointsPerYear);
        ModelChecks.NonNegative(errors, $"{path}.cap", Cap);
        ModelChecks.NonNegative(errors, $"{path}.unknown_points", UnknownPoints);
    }
}
