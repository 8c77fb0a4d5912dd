using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Places;

/// <summary>GraphQL enum of <see cref="Codes.PlaceCategory"/>.</summary>
public sealed class PlaceCategoryGraphType() : CodeListGraphType(Codes.PlaceCategory);
