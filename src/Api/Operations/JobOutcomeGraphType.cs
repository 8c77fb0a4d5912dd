using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Operations;

/// <summary>GraphQL enum of <see cref="Codes.JobOutcome"/>.</summary>
public sealed class JobOutcomeGraphType() : CodeListGraphType(Codes.JobOutcome);
