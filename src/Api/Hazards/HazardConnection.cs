using GraphQL.Types.Relay.DataObjects;

namespace FireMap.Api.Hazards;

/// <summary>A page of hazards, and the list's conditions for its summary (counted only when asked for).</summary>
public sealed class HazardConnection : Connection<HazardRecord>
{
    public required HazardQuery Query { get; init; }
}
