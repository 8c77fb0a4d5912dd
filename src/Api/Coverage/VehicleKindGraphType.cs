using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Coverage;

/// <summary>GraphQL enum of <see cref="Codes.VehicleKind"/>.</summary>
public sealed class VehicleKindGraphType() : CodeListGraphType(Codes.VehicleKind);
