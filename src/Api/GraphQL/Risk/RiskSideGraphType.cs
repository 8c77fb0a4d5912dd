using GraphQL.Types;

namespace FireMap.Api.GraphQL.Risk;

/// <summary>Which side of likelihood × consequence a factor is on.</summary>
public sealed class RiskSideGraphType : EnumerationGraphType
{
    public RiskSideGraphType()
    {
        Name = "RiskSide";
        Description = "Which side of score = 100 × likelihood × consequence a factor belongs to.";
        Add(new EnumValueDefinition("BASELINE", "baseline") { Description = "基准: the reference building every building starts from." });
        Add(new EnumValueDefinition("LIKELIHOOD", "likelihood") { Description = "可能性: how likely a serious fire is." });
        Add(new EnumValueDefinition("CONSEQUENCE", "consequence") { Description = "后果: how bad one would be." });
    }
}
