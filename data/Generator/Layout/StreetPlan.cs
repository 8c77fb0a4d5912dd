namespace FireMap.DemoData.Layout;

/// <summary>
/// The hand-drawn plan of the sub-district: 7 × 6 street blocks, which community and grid (网格)
/// each block belongs to, what it is used for, and the names of the streets between them.
/// </summary>
internal static class StreetPlan
{
    public const int Columns = 7;

    public const int Rows = 6;

    public const double WidthM = 3000;

    public const double HeightM = 3000;

    // Rows are written north first, the way a planner reads a map. A letter is a community,
    // the digit its grid; every community and grid is a connected group of blocks.
    private static readonly string[] GridMap =
    [
        "A1 A1 A2 B1 B1 B2 B5",
        "A3 A3 A2 B3 B3 B4 C1",
        "D1 A4 D2 E1 B3 C2 C1",
        "D1 D3 D2 E1 E2 C2 C3",
        "F1 D3 E3 E3 E2 C4 C3",
        "F1 F2 F3 F3 E4 E4 C3",
    ];

    // R residential, C commercial, I industrial, S school, H hospital and market, P heritage and care.
    private static readonly string[] KindMap =
    [
        "RRRRRRR",
        "RRRRHRR",
        "RPRRRRR",
        "RSRCRRR",
        "RRRRRRR",
        "RRRRRII",
    ];

    public static IReadOnlyList<(char Key, string Name)> Communities { get; } =
    [
        ('A', "跃进村社区"),
        ('B', "钢花社区"),
        ('C', "大堰社区"),
        ('D', "钢城社区"),
        ('E', "翠柏社区"),
        ('F', "松林社区"),
    ];

    /// <summary>East–west streets from south (j = 0) to north (j = 6).</summary>
    public static IReadOnlyList<RoadLine> EastWestRoads { get; } =
    [
        new("松林路", "secondary", 16),
        new("大堰路", "secondary", 14),
        new("钢花路", "branch", 10),
        new("钢城大道", "arterial", 30),
        new("跃进村路", "secondary", 16),
        new("翠柏路", "branch", 10),
        new("新山村路", "secondary", 16),
    ];

    /// <summary>North–south streets from west (i = 0) to east (i = 7).</summary>
    public static IReadOnlyList<RoadLine> NorthSouthRoads { get; } =
    [
        new("滨江路", "arterial", 26),
        new("育才路", "branch", 10),
        new("建胜路", "secondary", 14),
        new("跃进大道", "arterial", 30),
        new("春晖路", "branch", 10),
        new("文体路", "secondary", 14),
        new("钢运路", "branch", 10),
        new("松青路", "secondary", 16),
    ];

    /// <summary>Grid key such as "A3" of block (i, j), i from the west, j from the south.</summary>
    public static string GridKeyAt(int i, int j) => GridMap[Rows - 1 - j].Split(' ')[i];

    public static BlockKind KindAt(int i, int j) => KindMap[Rows - 1 - j][i] switch
    {
        'C' => BlockKind.Commercial,
        'I' => BlockKind.Industrial,
        'S' => BlockKind.School,
        'H' => BlockKind.Hospital,
        'P' => BlockKind.Heritage,
        _ => BlockKind.Residential,
    };
}
