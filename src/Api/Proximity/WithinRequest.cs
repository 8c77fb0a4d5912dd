using FireMap.Api.Errors;
using FireMap.Api.GraphQL.Paging;

namespace FireMap.Api.Proximity;

/// <summary>A checked radius search page: where, how many, and after which hit.</summary>
public sealed record WithinRequest(SearchArea Area, int First, DistanceCursor? After)
{
    public static WithinRequest From(SearchArea area, int? first, string? after)
    {
        var size = first ?? PageRequest.DefaultSize;
        if (size is < 1 or > PageRequest.MaxSize)
        {
            throw Rejection.BadInput("first", $"must be between 1 and {PageRequest.MaxSize}, was {size}");
        }

        DistanceCursor? cursor = null;
        if (after is not null && (cursor = DistanceCursor.TryDecode(after)) is null)
        {
            throw Rejection.BadInput("after", "is not a cursor returned by this list");
        }

        return new WithinRequest(area, size, cursor);
    }
}
