namespace FireMap.Api.Risk.Ranking;

/// <summary>A building in a ranking: its rank within the scope, its score, and the compound it was scored in (null when alone).</summary>
public sealed record BuildingRiskRow(long Rank, long BuildingId, long? CompoundId, StoredRiskScore Risk);
