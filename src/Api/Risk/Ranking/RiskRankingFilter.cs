namespace FireMap.Api.Risk.Ranking;

/// <summary>
/// Which part of a run a ranking lists. The scope (community, compound) decides the ranks; the level only
/// picks rows out of the ranked scope, so a filtered page shows the ranks the rows have in the full list.
/// </summary>
/// <param name="CommunityId">Only this community's compounds or buildings; null for all.</param>
/// <param name="Level">Only this level (its key, e.g. <c>major</c>); null for all.</param>
/// <param name="CompoundId">Buildings only: only this compound's; null for all.</param>
public sealed record RiskRankingFilter(long? CommunityId, string? Level, long? CompoundId = null);
