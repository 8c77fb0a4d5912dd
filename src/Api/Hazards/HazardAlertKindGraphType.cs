using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Hazards;

/// <summary>GraphQL enum of <see cref="Codes.HazardAlertKind"/>.</summary>
public sealed class HazardAlertKindGraphType() : CodeListGraphType(Codes.HazardAlertKind);
