using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Buildings;

/// <summary>GraphQL enum of <see cref="Codes.BuildingGap"/>.</summary>
public sealed class BuildingGapGraphType() : CodeListGraphType(Codes.BuildingGap);
