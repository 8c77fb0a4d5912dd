using FireMap.Api.Database;

namespace FireMap.Api.Outreach;

/// <summary>An outreach or training activity (宣传培训): kind, date, the unit or place it was held at, audience.</summary>
public sealed record OutreachActivityRecord(
    long Id, string Code, string Kind, DateOnly HeldOn, string Title, long? UnitId, string? UnitName, long? PlaceId, string? PlaceName,
    string Venue, int Audience, string Note, long CommunityId, long? GridId, string CommunityCode, string? GridCode, int Version, GeoJsonText? Geometry);

/// <summary>A target of the seed (the same for every community): at least <see cref="Minimum"/> activities of a kind per basis between two dates.</summary>
public sealed record OutreachTargetRecord(long Id, string Code, string Kind, string Basis, int Minimum, DateOnly StartsOn, DateOnly EndsOn,
    string Description, int Version);

/// <summary>
/// A target's attainment in one community as of a day: of <see cref="Subjects"/> (the community, its units or key
/// units, its grids, or its grids in each month so far), how many have the minimum of activities.
/// </summary>
public sealed record OutreachAttainment(OutreachTargetRecord Target, string CommunityCode, DateOnly AsOf, int Subjects, int Met)
{
    public bool Attained => Met >= Subjects;

    public double Ratio => Subjects == 0 ? 1 : (double)Met / Subjects;
}
