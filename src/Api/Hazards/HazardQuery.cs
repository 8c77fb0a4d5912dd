using FireMap.Spatial.Geometry;

namespace FireMap.Api.Hazards;

/// <summary>
/// The conditions of a hazard list; null means "any". <paramref name="Today"/> is the China-time date
/// that decides what is overdue; <paramref name="ScopeCommunityId"/> narrows a community or grid user's list.
/// </summary>
public sealed record HazardQuery(
    DateOnly Today,
    string? CommunityCode = null,
    string? GridCode = null,
    IReadOnlyList<string>? Statuses = null,
    IReadOnlyList<string>? Severities = null,
    IReadOnlyList<string>? Categories = null,
    bool? Overdue = null,
    bool? Supervised = null,
    IReadOnlyList<string>? SubjectTypes = null,
    DateOnly? DueBefore = null,
    BoundingBox? Box = null,
    long? ScopeCommunityId = null);
