using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Webhooks;

/// <summary>GraphQL enum of <see cref="Codes.RecordEventKind"/>.</summary>
public sealed class RecordEventKindGraphType() : CodeListGraphType(Codes.RecordEventKind);
