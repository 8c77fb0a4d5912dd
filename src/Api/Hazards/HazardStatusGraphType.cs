using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Hazards;

/// <summary>GraphQL enum of <see cref="Codes.HazardStatus"/>.</summary>
public sealed class HazardStatusGraphType() : CodeListGraphType(Codes.HazardStatus);
