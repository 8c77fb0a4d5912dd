using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.PublicReports;

/// <summary>GraphQL enum of <see cref="Codes.PublicReportStatus"/>.</summary>
public sealed class PublicReportStatusGraphType() : CodeListGraphType(Codes.PublicReportStatus);
