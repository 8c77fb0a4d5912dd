using FireMap.Spatial.Geocoding.Normalization;

namespace FireMap.Spatial.Geocoding.Parsing;

/// <summary>
/// Splits a Chinese address into its levels (see <see cref="ParsedAddress"/>). Any leading level may be
/// missing (no 重庆市, no 大渡口区); levels are read from the dictionary first and by their suffix otherwise.
/// </summary>
/// <remarks>Thread-safe: one instance can serve any number of threads.</remarks>
public sealed class AddressParser
{
    private readonly AdministrativeDivisions _divisions;
    private readonly RoadNames? _roads;
    private readonly bool _scan;

    /// <summary>A parser with the given knowledge.</summary>
    /// <param name="options">Divisions, roads and scanning; null for the defaults.</param>
    public AddressParser(AddressParserOptions? options = null)
    {
        options ??= new AddressParserOptions();
        _divisions = options.Divisions;
        _roads = options.Roads.Count == 0 ? null : new RoadNames(options.Roads.Select(AddressNormalizer.Normalize));
        _scan = options.ScanForDivisions;
    }

    /// <summary>A parser that knows the province-level divisions and no roads.</summary>
    public static AddressParser Default { get; } = new();

    /// <summary>Splits an address into its levels.</summary>
    /// <param name="address">Any address text; null or blank gives an empty result.</param>
    public ParsedAddress Parse(string? address)
    {
        var normalized = AddressNormalizer.Normalize(address);
        return ParseNormalized(address ?? string.Empty, normalized);
    }

    internal ParsedAddress ParseNormalized(string input, string normalized)
    {
        var chain = AdminChainParser.Parse(normalized, _divisions, _scan);
        var rest = normalized[chain.End..];
        var road = RoadParser.Find(rest, _roads);
        var head = road is { } r ? string.Concat(rest.AsSpan(0, r.Start), rest.AsSpan(r.End)) : rest;
        var tail = TailParser.Parse(head);
        return new ParsedAddress
        {
            Input = input,
            Normalized = normalized,
            LeadingText = chain.Start > 0 ? normalized[..chain.Start] : null,
            Province = chain[AdministrativeLevel.Province],
            City = chain[AdministrativeLevel.City],
            District = chain[AdministrativeLevel.District],
            Subdistrict = chain[AdministrativeLevel.Subdistrict],
            Community = chain[AdministrativeLevel.Community],
            Road = road?.Road,
            HouseNumber = road?.Number,
            IsKnownRoad = road?.Known ?? false,
            Name = tail.Name,
            Building = tail.Building,
            Unit = tail.Unit,
            Floor = tail.Floor,
            Room = tail.Room,
            Remark = tail.Remark,
        };
    }
}
