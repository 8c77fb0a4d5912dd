using System.Globalization;
using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Vocabulary;
using GraphQL.Types;

namespace FireMap.Api.Risk.Schema;

/// <summary>The four risk levels (四色分级), highest first, each described with its label, colour and the model's threshold.</summary>
public sealed class RiskLevelGraphType : EnumerationGraphType
{
    public RiskLevelGraphType(RiskModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Name = "RiskLevel";
        Description = $"{Codes.RiskLevel.Description} Thresholds of model {model.Version}.";
        var levels = model.Levels;
        Add(Value(RiskLevel.Major, $"score ≥ {Number(levels.Major)}"));
        Add(Value(RiskLevel.Significant, $"{Number(levels.Significant)} ≤ score < {Number(levels.Major)}"));
        Add(Value(RiskLevel.General, $"{Number(levels.General)} ≤ score < {Number(levels.Significant)}"));
        Add(Value(RiskLevel.Low, $"score < {Number(levels.General)}"));
    }

    // Values are the level keys (major, ...), so resolvers return RiskLevels.Key() and arguments arrive as keys.
    private static EnumValueDefinition Value(RiskLevel level, string range) =>
        new(level.Key().ToUpperInvariant(), level.Key())
        {
            Description = $"{level.ChineseName()} {level.EnglishName()}, {level.ColorName()}: {range}.",
        };

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
