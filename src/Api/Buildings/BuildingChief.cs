namespace FireMap.Api.Buildings;

/// <summary>
/// A building chief (楼栋长) as one reader may see them: name and phone when the building lies in the
/// reader's scope, or only the fact that it does not (<see cref="InScope"/> false).
/// </summary>
public sealed record BuildingChief(long BuildingId, bool InScope, string? Name, string? Phone)
{
    public static BuildingChief OutOfScope(long buildingId) => new(buildingId, false, null, null);
}
