using FireMap.Spatial.Risk.Model;

namespace FireMap.Api.Risk.Ranking;

/// <summary>A compound's score in one stored run.</summary>
public sealed record RiskHistoryPoint(long RunId, string ModelVersion, DateOnly AsOf, double Score, RiskLevel Level, DateTimeOffset ComputedAt);
