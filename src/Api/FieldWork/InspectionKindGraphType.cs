using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.FieldWork;

/// <summary>GraphQL enum of <see cref="Codes.InspectionKind"/>.</summary>
public sealed class InspectionKindGraphType() : CodeListGraphType(Codes.InspectionKind);
