using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Duty;

/// <summary>GraphQL enum of <see cref="Codes.DutyKind"/>.</summary>
public sealed class DutyKindGraphType() : CodeListGraphType(Codes.DutyKind);
