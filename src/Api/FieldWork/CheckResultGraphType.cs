using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.FieldWork;

/// <summary>GraphQL enum of <see cref="Codes.CheckResult"/>.</summary>
public sealed class CheckResultGraphType() : CodeListGraphType(Codes.CheckResult);
