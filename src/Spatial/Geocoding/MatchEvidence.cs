namespace FireMap.Spatial.Geocoding;

/// <summary>Why a candidate got its score: what agreed with the address and what did not.</summary>
[Flags]
public enum MatchEvidence
{
    /// <summary>Nothing recorded.</summary>
    None = 0,

    /// <summary>The name (or an alias) is written exactly.</summary>
    NameExact = 1,

    /// <summary>The name is written with edits (a typo, a missing or extra character).</summary>
    NameApproximate = 1 << 1,

    /// <summary>An alias rather than the name matched.</summary>
    Alias = 1 << 2,

    /// <summary>Road and house number agree.</summary>
    RoadNumber = 1 << 3,

    /// <summary>The road agrees and the address gives no number.</summary>
    Road = 1 << 4,

    /// <summary>The road agrees but the house number differs.</summary>
    HouseNumberDiffers = 1 << 5,

    /// <summary>The address names another or an unknown road.</summary>
    RoadDiffers = 1 << 6,

    /// <summary>The building number exists in the compound.</summary>
    Building = 1 << 7,

    /// <summary>The address names a building number that the compound does not have.</summary>
    BuildingNotFound = 1 << 8,

    /// <summary>The address names another province, city, district or sub-district than the gazetteer's.</summary>
    AreaDiffers = 1 << 9,

    /// <summary>The address names another community than the entry's.</summary>
    CommunityDiffers = 1 << 10,

    /// <summary>Part of the address (a name) is not explained by this candidate.</summary>
    NameUnexplained = 1 << 11,

    /// <summary>Another, unrelated candidate scored about as well; neither is confident.</summary>
    Ambiguous = 1 << 12,
}
