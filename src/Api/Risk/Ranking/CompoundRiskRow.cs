namespace FireMap.Api.Risk.Ranking;

/// <summary>A compound in a ranking: its rank within the scope, its score, and how its buildings scored.</summary>
public sealed record CompoundRiskRow(long Rank, long CompoundId, StoredRiskScore Risk, double MaxBuildingScore, double MeanBuildingScore, int BuildingCount);
