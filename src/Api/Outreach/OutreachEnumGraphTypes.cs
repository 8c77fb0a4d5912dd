using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Outreach;

/// <summary>GraphQL enum of <see cref="Codes.OutreachKind"/>.</summary>
public sealed class OutreachKindGraphType() : CodeListGraphType(Codes.OutreachKind);

/// <summary>GraphQL enum of <see cref="Codes.OutreachBasis"/>.</summary>
public sealed class OutreachBasisGraphType() : CodeListGraphType(Codes.OutreachBasis);
