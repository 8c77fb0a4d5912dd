using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Buildings;

/// <summary>GraphQL enum of <see cref="Codes.SystemStatus"/>.</summary>
public sealed class SystemStatusGraphType() : CodeListGraphType(Codes.SystemStatus);
