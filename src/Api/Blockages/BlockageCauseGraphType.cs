using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Blockages;

/// <summary>GraphQL enum of <see cref="Codes.BlockageCause"/>.</summary>
public sealed class BlockageCauseGraphType() : CodeListGraphType(Codes.BlockageCause);
