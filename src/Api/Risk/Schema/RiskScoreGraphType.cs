using FireMap.Api.Access;
using FireMap.Api.Risk.Ranking;
using GraphQL.Types;

namespace FireMap.Api.Risk.Schema;

/// <summary>A score with its explanation: level, sides and each factor's share.</summary>
public sealed class RiskScoreGraphType : ObjectGraphType<StoredRiskScore>
{
    public RiskScoreGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "RiskScore";
        Description = "A fire-risk score with its level and each factor's share (docs/risk-model.md).";
        RiskScoreFields.AddTo(this, s => s, "; for a compound, its buildings' combined like the score, null without buildings");
    }
}
