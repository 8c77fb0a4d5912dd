using FireMap.Spatial.Geometry;

namespace FireMap.Api.Units;

/// <summary>
/// The conditions of a unit list; null means "any". <paramref name="Today"/> (China time) decides which
/// commitments are overdue; <paramref name="ScopeCommunityId"/> narrows a community or grid user's list.
/// </summary>
public sealed record UnitQuery(
    DateOnly Today,
    string? CommunityCode = null,
    string? GridCode = null,
    IReadOnlyList<string>? Kinds = null,
    bool? KeyUnit = null,
    string? Concern = null,
    bool? CommitmentOverdue = null,
    string? Search = null,
    BoundingBox? Box = null,
    long? ScopeCommunityId = null);
