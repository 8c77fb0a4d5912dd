using System.Text.Json.Serialization;
using FireMap.Spatial.Risk.Inputs;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Risk.Model;

/// <summary>Consequence points of gathering places in the building (JSON <c>consequence.gathering_capacity</c>).</summary>
public sealed record GatheringWeights
{
    /// <summary>Points per 100 people of capacity, in consequence points.</summary>
    [JsonPropertyName("points_per_100")]
    public required double PointsPer100 { get; init; }

    /// <summary>Most points the factor gives, in consequence points.</summary>
    public required double Cap { get; init; }

    /// <summary>Place category codes whose capacity counts (crowded places: <c>hotel</c>, <c>school</c>, ...).</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    internal void Check(List<string> errors, string path)
    {
        ModelChecks.NonNegative(errors, $"{path}.points_per_100", PointsPer100);
        ModelChecks.NonNegative(errors, $"{path}.cap", Cap);
        if (!ModelChecks.Present(errors, $"{path}.categories", Categories))
        {
            return;
        }

        foreach (var code in Categories)
        {
            if (!RiskCodes.TryParse(code, out PlaceCategory _))
            {
                errors.Add($"{path}.categories: '{code}' is not a place category; expected one of {string.Join(", ", RiskCodes.Codes<PlaceCategory>())}");
            }
        }
    }
}
