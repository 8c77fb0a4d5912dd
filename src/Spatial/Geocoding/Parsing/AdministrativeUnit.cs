namespace FireMap.Spatial.Geocoding.Parsing;

/// <summary>One administrative level as the parser found it in an address.</summary>
/// <param name="Level">The level.</param>
/// <param name="Text">
/// The normalised text as written (重庆, 大渡口区), or null when the level was not written but inferred from
/// a lower one's division code.
/// </param>
/// <param name="Name">The official full name when the division is known (重庆市), else the text.</param>
/// <param name="Code">The division code when the division is known and unambiguous, else null.</param>
public sealed record AdministrativeUnit(AdministrativeLevel Level, string? Text, string Name, string? Code);
