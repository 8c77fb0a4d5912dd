using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Operations;

/// <summary>GraphQL enum of <see cref="Codes.JobTrigger"/>.</summary>
public sealed class JobTriggerGraphType() : CodeListGraphType(Codes.JobTrigger);
