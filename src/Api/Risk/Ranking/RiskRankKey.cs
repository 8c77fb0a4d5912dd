namespace FireMap.Api.Risk.Ranking;

/// <summary>The position after which a ranking page starts: rankings run by score descending, then id ascending.</summary>
public sealed record RiskRankKey(double Score, long Id);
