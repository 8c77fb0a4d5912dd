namespace FireMap.Spatial.Geocoding.Parsing;

/// <summary>What an <see cref="AddressParser"/> knows beyond the rules: divisions, roads, free-text scanning.</summary>
public sealed record AddressParserOptions
{
    /// <summary>Divisions recognised by name; defaults to the 34 province-level divisions.</summary>
    public AdministrativeDivisions Divisions { get; init; } = AdministrativeDivisions.BuiltIn;

    /// <summary>Road names recognised anywhere in an address, with or without a house number.</summary>
    public IReadOnlyCollection<string> Roads { get; init; } = [];

    /// <summary>
    /// When true, an address that does not start with a division may start with free text, skipped when two
    /// or more nested known divisions follow it (我家的地址是江苏淮安清江浦区…). Off by default: in a
    /// gazetteer's own area most addresses start with a road.
    /// </summary>
    public bool ScanForDivisions { get; init; }
}
