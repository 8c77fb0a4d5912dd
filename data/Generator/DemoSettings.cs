namespace FireMap.DemoData;

/// <summary>Fixed inputs of the demo data set. Changing any of them changes every file.</summary>
internal static class DemoSettings
{
    public const int Seed = 500104002;

    public const string DivisionCode = "500104002";

    public const string SubDistrictName = "跃进村街道";

    public const double CentreLon = 106.48;

    public const double CentreLat = 29.48;

    // The street grid runs a little off north, as streets along the Yangtze bank do here;
    // a grid exactly on the meridian would look machine-made on the map.
    public const double GridRotationDegrees = 9;

    public const int CoordinateDecimals = 7;

    /// <summary>"Today" of the data set: deadlines, overdue hazards and the 90-day blockage window count from here.</summary>
    public static readonly DateOnly ReferenceDate = new(2026, 11, 29);

    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>Midnight at the start of the reference date, China time; every generated time lies before it.</summary>
    public static DateTimeOffset ReferenceStart =>
        new(ReferenceDate.ToDateTime(TimeOnly.MinValue), ChinaOffset);
}
