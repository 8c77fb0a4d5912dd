using FireMap.Api.Access;
using FireMap.Spatial.Risk.Scoring;
using FireMap.Spatial.Vocabulary;
using GraphQL.Types;

namespace FireMap.Api.Risk.Schema;

/// <summary>One factor's part of a score.</summary>
public sealed class RiskContributionGraphType : ObjectGraphType<RiskContribution>
{
    public RiskContributionGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "RiskContribution";
        Description = "One factor's share of a score; the shares of a score add up to it (docs/risk-model.md).";
        Field<NonNullGraphType<StringGraphType>>("factor").Description("Stable key of the factor, e.g. open_hazards, fire_lane_access.").Resolve(c => c.Source.Factor.Key());
        Field<NonNullGraphType<StringGraphType>>("chineseName").Description("Chinese label of the factor.").Resolve(c => c.Source.Factor.ChineseName());
        Field<NonNullGraphType<StringGraphType>>("englishName").Description("English label, e.g. Open hazards.").Resolve(c => c.Source.Factor.EnglishName());
        Field<NonNullGraphType<RiskSideGraphType>>("side").Description("Likelihood, consequence or the baseline.").Resolve(c => RiskCodes.ToCode(c.Source.Factor.Side()));
        Field<NonNullGraphType<FloatGraphType>>("points")
            .Description("The factor's points on its side, after its cap (for a compound, combined like the score).")
            .Resolve(c => c.Source.Points);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("The factor's share of the 0–100 score.").Resolve(c => c.Source.Score);
        Field<StringGraphType>("explanation")
            .Description("For a station factor measured by routed time (model v2), the route in Chinese, e.g. 距大堰微型消防站车程 5.8 分钟 "
                + "(a compound's: its slowest building's); null for other factors and when no station of the kind reaches the building.")
            .Resolve(c => c.Source.ChineseExplanation);
        Field<StringGraphType>("englishExplanation")
            .Description("The same in English, e.g. 5.8 min by road from 大堰微型消防站.")
            .Resolve(c => c.Source.EnglishExplanation);
    }
}
