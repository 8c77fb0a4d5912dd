using GraphQL.Types.Relay.DataObjects;

namespace FireMap.Api.GraphQL.Paging;

/// <summary>Builds a Relay connection from a page fetched with one extra row (which tells whether more follow).</summary>
public static class ConnectionBuilder
{
    public static Connection<T> Build<T>(IReadOnlyList<T> fetched, PageRequest page, Func<T, long> idOf, int? totalCount)
    {
        var items = fetched.Take(page.First).ToList();
        var edges = items.Select(item => new Edge<T> { Node = item, Cursor = IdCursor.Encode(idOf(item)) }).ToList();
        return new Connection<T>
        {
            Edges = edges,
            TotalCount = totalCount,
            PageInfo = new PageInfo
            {
                HasNextPage = fetched.Count > page.First,
                HasPreviousPage = page.AfterId is not null,
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
            },
        };
    }
}
