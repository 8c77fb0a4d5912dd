using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Incidents;

/// <summary>GraphQL enum of <see cref="Codes.IncidentGrouping"/>.</summary>
public sealed class IncidentGroupingGraphType() : CodeListGraphType(Codes.IncidentGrouping);
