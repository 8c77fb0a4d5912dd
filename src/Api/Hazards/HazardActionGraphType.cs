using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Hazards;

/// <summary>GraphQL enum of <see cref="Codes.HazardAction"/>.</summary>
public sealed class HazardActionGraphType() : CodeListGraphType(Codes.HazardAction);
