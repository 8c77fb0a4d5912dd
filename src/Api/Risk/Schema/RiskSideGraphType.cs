using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Risk.Schema;

/// <summary>GraphQL enum of <see cref="Codes.RiskSide"/>.</summary>
public sealed class RiskSideGraphType() : CodeListGraphType(Codes.RiskSide);
