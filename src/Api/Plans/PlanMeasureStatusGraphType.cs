using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Plans;

/// <summary>GraphQL enum of <see cref="Codes.PlanMeasureStatus"/>.</summary>
public sealed class PlanMeasureStatusGraphType() : CodeListGraphType(Codes.PlanMeasureStatus);
