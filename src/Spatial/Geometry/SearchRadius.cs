namespace FireMap.Spatial.Geometry;

/// <summary>
/// The radius of a "what lies within R metres" search. Bounded so that one request cannot ask
/// PostGIS to measure a whole city: 5 km covers a fire station's district ("1-3-5" linkage).
/// </summary>
public static class SearchRadius
{
    /// <summary>Largest radius accepted, in metres.</summary>
    public const double MaxMeters = 5_000;

    /// <summary>Returns why <paramref name="meters"/> is not a usable radius, or null when it is.</summary>
    /// <param name="meters">Radius in metres.</param>
    public static string? FindProblem(double meters) => meters switch
    {
        _ when !double.IsFinite(meters) => "must be a finite number",
        <= 0 => $"must be greater than 0, was {meters}",
        > MaxMeters => $"must be at most {MaxMeters} m, was {meters}",
        _ => null,
    };
}
