namespace FireMap.Spatial.Tests.Geocoding.Support;

/// <summary>
/// An address of the demo gazetteer split into the parts variants rewrite, with the entries a correct
/// top-1 answer may be (by code).
/// </summary>
public sealed record AddressSubject
{
    /// <summary>compound, alias, building, place or place_address.</summary>
    public required string Source { get; init; }

    public required string Road { get; init; }

    public required string Number { get; init; }

    /// <summary>The compound or place name, or a named building's name.</summary>
    public required string Name { get; init; }

    /// <summary>Building number without 栋, or null.</summary>
    public string? Building { get; init; }

    /// <summary>What follows the building (3单元4-1, 底层1号门面, 旁), or empty.</summary>
    public string Extra { get; init; } = string.Empty;

    public string? CommunityName { get; init; }

    public required IReadOnlySet<string> Expected { get; init; }

    public string Text => $"{Road}{Number}号{Name}{(Building is null ? string.Empty : Building + "栋")}{Extra}";
}
