using System.Globalization;

namespace FireMap.Bench.Proximity;

/// <summary>
/// The generated city: a square grid of <see cref="CellMeters"/> cells centred on 29.5 N, 106.5 E,
/// one building per cell. 1,000,000 buildings cover 40 km × 40 km (625 per km², about 7,850 in a
/// 2 km circle), a dense Chinese city's built-up area. The density stays the same for other
/// counts, so a radius query does the same work whatever the table size.
/// </summary>
public sealed class BenchArea
{
    public const double CenterLon = 106.5;
    public const double CenterLat = 29.5;
    public const double CellMeters = 40;

    /// <summary>Spherical approximation; good enough to lay out synthetic footprints.</summary>
    private const double MetersPerDegree = 111_320;

    /// <summary>Centres are drawn from this many evenly spaced steps per axis, the same on both sides.</summary>
    public const int CenterSteps = 1_000_000;

    public BenchArea(int buildings, double radiusMeters)
    {
        CellsPerRow = (int)Math.Ceiling(Math.Sqrt(buildings));
        SideMeters = CellsPerRow * CellMeters;
        DegreesPerMeterLat = 1 / MetersPerDegree;
        DegreesPerMeterLon = 1 / (MetersPerDegree * Math.Cos(CenterLat * Math.PI / 180));
        West = CenterLon - SideMeters / 2 * DegreesPerMeterLon;
        South = CenterLat - SideMeters / 2 * DegreesPerMeterLat;

        // Centres stay a radius inside the edge where the area allows it, so every circle is full.
        var inset = SideMeters > 4 * radiusMeters ? radiusMeters : 0;
        CentersWest = West + inset * DegreesPerMeterLon;
        CentersSouth = South + inset * DegreesPerMeterLat;
        CenterStepLon = (SideMeters - 2 * inset) * DegreesPerMeterLon / CenterSteps;
        CenterStepLat = (SideMeters - 2 * inset) * DegreesPerMeterLat / CenterSteps;
    }

    public int CellsPerRow { get; }

    public double SideMeters { get; }

    public double DegreesPerMeterLon { get; }

    public double DegreesPerMeterLat { get; }

    public double West { get; }

    public double South { get; }

    public double East => West + SideMeters * DegreesPerMeterLon;

    public double North => South + SideMeters * DegreesPerMeterLat;

    public double CentersWest { get; }

    public double CentersSouth { get; }

    public double CenterStepLon { get; }

    public double CenterStepLat { get; }

    /// <summary>A centre from two step indices in [0, <see cref="CenterSteps"/>), as the load driver draws them.</summary>
    public (double Lon, double Lat) Center(int lonStep, int latStep) =>
        (CentersWest + lonStep * CenterStepLon, CentersSouth + latStep * CenterStepLat);

    /// <summary>The same distribution as a pgbench expression (<c>\set</c>), for the variable's axis; plain decimals, no exponent.</summary>
    public string PgbenchExpression(bool longitude) => string.Create(CultureInfo.InvariantCulture,
        $"{(longitude ? CentersWest : CentersSouth):0.#################} + random(0, {CenterSteps - 1}) * {(longitude ? CenterStepLon : CenterStepLat):0.#################}");

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{SideMeters / 1000:0.#} km × {SideMeters / 1000:0.#} km, lon {West:0.0000}–{East:0.0000}, lat {South:0.0000}–{North:0.0000}");
}
