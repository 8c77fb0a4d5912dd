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
    }
}
