using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Buildings;

/// <summary>GraphQL enum of <see cref="Codes.UseClass"/>.</summary>
public sealed class UseClassGraphType() : CodeListGraphType(Codes.UseClass);
