namespace FireMap.Spatial.Geocoding.Parsing;

/// <summary>One administrative division: its official name, level and (when known) its division code.</summary>
/// <param name="Name">Official full name, e.g. 大渡口区, 跃进村街道, 黔南布依族苗族自治州.</param>
/// <param name="Level">Its level.</param>
/// <param name="Code">
/// The significant digits of its code (2, 4, 6, 9 or 12 digits: 50, 5001, 500104, 500104002,
/// 500104002001), or null when unknown.
/// </param>
public sealed record Division(string Name, AdministrativeLevel Level, string? Code = null);
