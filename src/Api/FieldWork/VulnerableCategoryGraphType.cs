using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.FieldWork;

/// <summary>GraphQL enum of <see cref="Codes.VulnerableCategory"/>.</summary>
public sealed class VulnerableCategoryGraphType() : CodeListGraphType(Codes.VulnerableCategory);
