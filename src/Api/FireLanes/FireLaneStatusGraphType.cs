using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.FireLanes;

/// <summary>GraphQL enum of <see cref="Codes.FireLaneStatus"/>.</summary>
public sealed class FireLaneStatusGraphType() : CodeListGraphType(Codes.FireLaneStatus);
