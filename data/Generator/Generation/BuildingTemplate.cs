namespace FireMap.DemoData.Generation;

/// <summary>A named building outside compounds: a school block, a market hall, a factory shed.</summary>
/// <param name="Length">Footprint long side, metres.</param>
/// <param name="Depth">Footprint short side, metres.</param>
internal sealed record BuildingTemplate(
    string Name,
    string UseClass,
    int FloorsMin,
    int FloorsMax,
    double Length,
    double Depth,
    int YearMin,
    int YearMax,
    string? Unit,
    bool ChangedUse = false);
