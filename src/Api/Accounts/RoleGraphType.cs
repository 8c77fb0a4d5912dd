using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Accounts;

/// <summary>GraphQL enum of <see cref="Codes.Role"/>.</summary>
public sealed class RoleGraphType() : CodeListGraphType(Codes.Role);
