using FireMap.Spatial.Access;
using FireMap.Spatial.Risk.Inputs;
using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Risk.Scoring;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Tests.Vocabulary;

/// <summary>
/// The enums of the risk model and of fire-lane access hold the same codes as their code lists, in the
/// same order: the order is meaningful (levels lowest first, lane states worst first, factors in
/// contribution order, and the scorer indexes arrays by enum value).
/// </summary>
public sealed class RiskEnumVocabularyTests
{
    private static readonly Dictionary<string, (IReadOnlyList<string> EnumCodes, CodeList List)> _pairs = new()
    {
        [nameof(BuildingUse)] = (RiskCodes.Codes<BuildingUse>(), Codes.UseClass),
        [nameof(FireSystemStatus)] = (RiskCodes.Codes<FireSystemStatus>(), Codes.SystemStatus),
        [nameof(PlaceCategory)] = (RiskCodes.Codes<PlaceCategory>(), Codes.PlaceCategory),
        [nameof(HazardCategory)] = (RiskCodes.Codes<HazardCategory>(), Codes.HazardCategory),
        [nameof(HazardSeverity)] = (RiskCodes.Codes<HazardSeverity>(), Codes.HazardSeverity),
        [nameof(RiskLevel)] = (RiskCodes.Codes<RiskLevel>(), Codes.RiskLevel),
        [nameof(RiskSide)] = (RiskCodes.Codes<RiskSide>(), Codes.RiskSide),
        [nameof(RiskFactor)] = (RiskCodes.Codes<RiskFactor>(), Codes.RiskFactor),
        [nameof(FireLaneStatus)] = (RiskCodes.Codes<FireLaneStatus>(), Codes.FireLaneStatus),
    };

    public static TheoryData<string> EnumNames => new(_pairs.Keys);

    [Theory]
    [MemberData(nameof(EnumNames))]
    public void RiskCodes_enum_codes_all_in_the_vocabulary_list(string enumName)
    {
        var (enumCodes, list) = _pairs[enumName];

        Assert.Empty(enumCodes.Except(list.Codes, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EnumNames))]
    public void RiskCodes_vocabulary_list_codes_all_in_the_enum(string enumName)
    {
        var (enumCodes, list) = _pairs[enumName];

        Assert.Empty(list.Codes.Except(enumCodes, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EnumNames))]
    public void RiskCodes_enum_order_matches_vocabulary_order(string enumName)
    {
        var (enumCodes, list) = _pairs[enumName];

        Assert.Equal(list.Codes, enumCodes);
    }

    [Fact]
    public void FireLaneRules_code_of_every_status_is_its_vocabulary_code()
    {
        Assert.All(Enum.GetValues<FireLaneStatus>(), status =>
        {
            Assert.Equal(RiskCodes.ToCode(status), FireLaneRules.Code(status));
            Assert.True(Codes.FireLaneStatus.Contains(FireLaneRules.Code(status)));
        });
    }

    [Fact]
    public void RiskFactors_side_of_every_factor_is_a_vocabulary_side()
    {
        Assert.All(RiskFactors.All, factor => Assert.True(Codes.RiskSide.Contains(RiskCodes.ToCode(factor.Side()))));
    }
}
