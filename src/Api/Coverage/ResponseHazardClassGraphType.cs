using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Coverage;

/// <summary>GraphQL enum of <see cref="Codes.ResponseHazardClass"/>.</summary>
public sealed class ResponseHazardClassGraphType() : CodeListGraphType(Codes.ResponseHazardClass);
