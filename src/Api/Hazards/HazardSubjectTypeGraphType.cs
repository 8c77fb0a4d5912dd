using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Hazards;

/// <summary>GraphQL enum of <see cref="Codes.HazardSubjectType"/>.</summary>
public sealed class HazardSubjectTypeGraphType() : CodeListGraphType(Codes.HazardSubjectType);
