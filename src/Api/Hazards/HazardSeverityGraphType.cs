using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Hazards;

/// <summary>GraphQL enum of <see cref="Codes.HazardSeverity"/>.</summary>
public sealed class HazardSeverityGraphType() : CodeListGraphType(Codes.HazardSeverity);
