using FireMap.Api.Errors;

namespace FireMap.Api.GraphQL.Paging;

/// <summary>
/// A checked <c>first</c>/<c>after</c> pair of a Relay connection. Lists are keyset-paged by id,
/// so a cursor stays valid while rows are added or removed elsewhere in the list.
/// </summary>
public sealed record PageRequest(int First, long? AfterId)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 500;

    public static PageRequest From(int? first, string? after)
    {
        var size = first ?? DefaultSize;
        if (size is < 1 or > MaxSize)
        {
            throw Rejection.BadInput("first", $"must be between 1 and {MaxSize}, was {size}");
        }

        if (after is null)
        {
            return new PageRequest(size, null);
        }

        return IdCursor.TryDecode(after) is long id
            ? new PageRequest(size, id)
            : throw Rejection.BadInput("after", "is not a cursor returned by this list");
    }
}
