using FireMap.Api.Database;

namespace FireMap.Api.Units;

/// <summary>
/// A unit of the register (辖区单位): kind, key-unit flag, the premises it occupies, its self-inspection and public
/// commitment, the key persons it has had trained and the concerns the register query finds. The responsible person
/// and manager are personal data, read through <see cref="UnitContactsLoader"/> only.
/// </summary>
public sealed record UnitRecord(
    long Id, string Code, string Name, string Kind, string Address, bool KeyUnit,
    DateOnly? SelfInspectedOn, DateOnly? CommitmentSignedOn, DateOnly? CommitmentNextDue, bool CommitmentPosted,
    long CommunityId, long? GridId, string CommunityCode, string? GridCode,
    IReadOnlyList<UnitPremises> Premises, IReadOnlyList<UnitTraining> Trainings, IReadOnlyList<string> Concerns,
    int Version, GeoJsonText Geometry);

/// <summary>A place or building a unit occupies (one of the two ids is set).</summary>
public sealed record UnitPremises(long? BuildingId, long? PlaceId, string Code, string Name);

/// <summary>Key persons of one of the eight kinds (<c>Codes.KeyPersonKind</c>) trained: how many, and when last.</summary>
public sealed record UnitTraining(string Kind, int People, DateOnly? TrainedOn);

/// <summary>The unit's fire-safety responsible person and manager (personal data); <see cref="InScope"/> false when the reader may not see them.</summary>
public sealed record UnitContacts(long UnitId, bool InScope, string? ResponsibleName, string? ResponsiblePhone, string? ManagerName, string? ManagerPhone)
{
    public static UnitContacts OutOfScope(long unitId) => new(unitId, false, null, null, null, null);
}
