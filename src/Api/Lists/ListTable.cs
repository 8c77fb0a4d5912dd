namespace FireMap.Api.Lists;

/// <summary>A community a list is cut by: one sheet each.</summary>
internal sealed record ListCommunity(long Id, string Code, string Name);

/// <summary>
/// One row of a list: its community, the cell values (strings, numbers, dates or null, in the header's
/// order) and what the summary sheet counts.
/// </summary>
internal sealed record ListRow(string CommunityCode, object?[] Values, bool HasGaps, bool Open = false, bool Overdue = false, bool Supervised = false);

/// <summary>A list ready to write: its header words and rows, ordered by community.</summary>
internal sealed record ListTable(string Name, string[] Header, IReadOnlyList<ListRow> Rows, bool CountsHazards);
