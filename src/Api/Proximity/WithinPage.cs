namespace FireMap.Api.Proximity;

/// <summary>
/// One page of a radius search. The summary (and with it <c>totalCount</c>) is computed only when
/// a client asks for it: counting every hit in a large radius costs far more than the page.
/// </summary>
public sealed class WithinPage<T>(IReadOnlyList<Hit<T>> hits, bool hasNextPage, bool hasPreviousPage, Func<Task<WithinSummary>> summarize)
{
    private readonly Lazy<Task<WithinSummary>> _summary = new(summarize);

    public IReadOnlyList<Hit<T>> Hits { get; } = hits;

    public bool HasNextPage { get; } = hasNextPage;

    public bool HasPreviousPage { get; } = hasPreviousPage;

    public Task<WithinSummary> SummaryAsync() => _summary.Value;
}
