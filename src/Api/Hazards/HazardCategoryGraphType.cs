using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Hazards;

/// <summary>GraphQL enum of <see cref="Codes.HazardCategory"/>.</summary>
public sealed class HazardCategoryGraphType() : CodeListGraphType(Codes.HazardCategory);
