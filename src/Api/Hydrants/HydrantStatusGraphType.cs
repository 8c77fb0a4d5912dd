using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Hydrants;

/// <summary>GraphQL enum of <see cref="Codes.HydrantStatus"/>.</summary>
public sealed class HydrantStatusGraphType() : CodeListGraphType(Codes.HydrantStatus);
