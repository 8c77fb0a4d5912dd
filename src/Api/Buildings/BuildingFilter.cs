namespace FireMap.Api.Buildings;

/// <summary>Optional conditions on buildings; a null member does not filter.</summary>
public sealed record BuildingFilter(IReadOnlyList<string>? UseClasses, bool? HighRise, int? MinFloors)
{
    public static BuildingFilter None { get; } = new(null, null, null);
}
