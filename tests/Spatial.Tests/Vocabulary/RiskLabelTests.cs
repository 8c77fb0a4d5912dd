using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Risk.Scoring;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Tests.Vocabulary;

/// <summary>The risk model's factor and level labels are the vocabulary's, not a copy of their own.</summary>
public sealed class RiskLabelTests
{
    public static TheoryData<RiskFactor> Factors => new(Enum.GetValues<RiskFactor>());

    public static TheoryData<RiskLevel> Levels => new(Enum.GetValues<RiskLevel>());

    [Theory]
    [MemberData(nameof(Factors))]
    public void RiskFactors_labels_come_from_the_vocabulary(RiskFactor factor)
    {
        var term = Codes.RiskFactor.Find(factor.Key());

        Assert.NotNull(term);
        Assert.Equal(term.Chinese, factor.ChineseName());
        Assert.Equal(term.English, factor.EnglishName());
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void RiskLevels_labels_come_from_the_vocabulary(RiskLevel level)
    {
        var term = Codes.RiskLevel.Find(level.Key());

        Assert.NotNull(term);
        Assert.Equal(term.Chinese, level.ChineseName());
        Assert.Equal(term.English, level.EnglishName());
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public void RiskLevels_colour_matches_the_vocabulary_note(RiskLevel level)
    {
        Assert.Equal(Codes.RiskLevel.Find(level.Key())!.Note, level.ColorName());
    }
}
