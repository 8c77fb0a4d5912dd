using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Units;

/// <summary>GraphQL enum of <see cref="Codes.UnitKind"/>.</summary>
public sealed class UnitKindGraphType() : CodeListGraphType(Codes.UnitKind);

/// <summary>GraphQL enum of <see cref="Codes.KeyPersonKind"/>.</summary>
public sealed class KeyPersonKindGraphType() : CodeListGraphType(Codes.KeyPersonKind);

/// <summary>GraphQL enum of <see cref="Codes.UnitConcern"/>.</summary>
public sealed class UnitConcernGraphType() : CodeListGraphType(Codes.UnitConcern);
