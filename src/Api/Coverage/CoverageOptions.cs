namespace FireMap.Api.Coverage;

/// <summary>
/// Configuration of drive-time coverage (section <c>FireMap:Coverage</c>): speeds per vehicle kind and
/// edge class (km/h, laid over <c>DriveSpeeds.Defaults</c>), the vehicle of each station kind, the
/// isochrone minutes, the response-force time and staff, and the legs off the network.
/// </summary>
public sealed class CoverageOptions
{
    public const string Section = "FireMap:Coverage";

    /// <summary>vehicle kind → edge class → km/h; pairs not given keep their defaults.</summary>
    public Dictionary<string, Dictionary<string, double>> Speeds { get; set; } = [];

    /// <summary>station kind → vehicle kind; kinds not given keep their defaults.</summary>
    public Dictionary<string, string> StationVehicles { get; set; } = [];

    /// <summary>Isochrone minutes offered on the map ("1-3-5": 3 for micro stations, 5 for fire stations; 8 for the response force).</summary>
    public int[] Minutes { get; set; } = [3, 5, 8];

    /// <summary>Minutes within which the staff of every station reaching a building count towards its response force (FireCARES: 8).</summary>
    public double ResponseForceMinutes { get; set; } = 8;

    /// <summary>Staff required for low, medium and high hazard buildings (FireCARES: 15, 27, 42).</summary>
    public int RequiredStaffLow { get; set; } = 15;

    public int RequiredStaffMedium { get; set; } = 27;

    public int RequiredStaffHigh { get; set; } = 42;

    /// <summary>Speed of the last leg from the network to a building, on foot with equipment (km/h).</summary>
    public double AccessKmh { get; set; } = 5.4;

    /// <summary>Speed from a station's door to the road it joins (km/h).</summary>
    public double LinkKmh { get; set; } = 15;

    /// <summary>How far a fire lane's first point may lie from a road and still join it (metres).</summary>
    public double LaneLinkMeters { get; set; } = 150;

    /// <summary>Isochrone polygons are the reachable edges buffered by this many metres (the method's tolerance).</summary>
    public double IsochroneBufferMeters { get; set; } = 40;

    /// <summary>Build the network and every station's reach when the service starts.</summary>
    public bool BuildOnStart { get; set; } = true;

    /// <summary>The horizon reach is computed to, in seconds: the longest minutes asked for anywhere.</summary>
    public double HorizonSeconds => Math.Max(Minutes.DefaultIfEmpty(0).Max(), ResponseForceMinutes) * 60;
}
