using System.Text.Json.Serialization;

namespace FireMap.Spatial.Risk.Model;

/// <summary>A number of people, worth points per hundred, capped.</summary>
public sealed record PerHundredWeights
{
    /// <summary>Points per 100 people, in consequence points.</summary>
    [JsonPropertyName("points_per_100")]
    public required double PointsPer100 { get; init; }

    /// <summary>Most points the factor gives, in consequence points.</summary>
    public required double Cap { get; init; }

    internal void Check(List<string> errors, string path)
    {
        ModelChecks.NonNegative(errors, $"{path}.points_per_100", PointsPer100);
        ModelChecks.NonNegative(errors, $"{path}.cap", Cap);
    }
}
