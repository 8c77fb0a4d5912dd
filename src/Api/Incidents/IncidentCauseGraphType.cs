using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Incidents;

/// <summary>GraphQL enum of <see cref="Codes.IncidentCause"/>.</summary>
public sealed class IncidentCauseGraphType() : CodeListGraphType(Codes.IncidentCause);
