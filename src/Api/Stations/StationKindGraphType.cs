using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Stations;

/// <summary>GraphQL enum of <see cref="Codes.StationKind"/>.</summary>
public sealed class StationKindGraphType() : CodeListGraphType(Codes.StationKind);
