namespace FireMap.DemoData.Generation;

/// <summary>
/// The kind of housing a compound of a given age was built with: walk-ups (no lift) until the
/// 1990s, mid-rise slabs around 2000, and tall towers after that.
/// </summary>
internal sealed record HousingStyle(
    double LengthMin,
    double LengthMax,
    double DepthMin,
    double DepthMax,
    int FloorsMin,
    int FloorsMax,
    double RowGapM,
    double GableGapM,
    bool IsTower,
    double FloorAreaRatio)
{
    /// <summary>How many buildings of this style give the plot its floor-area ratio (容积率).</summary>
    public int BuildingsFor(double plotAreaM2)
    {
        var footprint = (LengthMin + LengthMax) / 2 * ((DepthMin + DepthMax) / 2);
        var floors = (FloorsMin + FloorsMax) / 2.0;
        return Math.Max(3, (int)Math.Ceiling(plotAreaM2 * FloorAreaRatio / (footprint * floors)));
    }

    public static HousingStyle For(int builtYear, Random rng) => builtYear switch
    {
        < 1980 => new(44, 58, 10, 12, 4, 6, 11, 8, false, 1.1),
        < 2000 when rng.Chance(0.15) => new(36, 48, 14, 16, 11, 18, 18, 10, false, 1.5),
        < 2000 => new(42, 60, 11, 13, 6, 8, 12, 8, false, 1.2),
        <= 2010 when rng.Chance(0.4) => new(40, 55, 14, 16, 7, 11, 16, 10, false, 1.4),
        <= 2010 => new(26, 32, 20, 24, 18, 28, 24, 14, true, 2.0),
        _ when rng.Chance(0.25) => new(30, 40, 14, 16, 6, 11, 16, 10, false, 1.1),
        _ => new(24, 30, 20, 24, 26, 33, 28, 15, true, 2.2),
    };
}
