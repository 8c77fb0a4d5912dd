using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.FieldWork;

/// <summary>GraphQL enum of <see cref="Codes.VisitCheckItem"/>.</summary>
public sealed class VisitCheckItemGraphType() : CodeListGraphType(Codes.VisitCheckItem);
