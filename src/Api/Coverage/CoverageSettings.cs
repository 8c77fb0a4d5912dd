using FireMap.Spatial.Coverage;
using Microsoft.Extensions.Options;

namespace FireMap.Api.Coverage;

/// <summary>The checked form of <see cref="CoverageOptions"/>: speed table, station vehicles and response force.</summary>
public sealed class CoverageSettings
{
    public CoverageSettings(IOptions<CoverageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options.Value;
        Speeds = DriveSpeeds.Create(Options.Speeds).Speeds ?? throw new InvalidOperationException("coverage speeds were not checked");
        StationVehicles = Spatial.Coverage.StationVehicles.Create(Options.StationVehicles).Map;
        ResponseForce = new ResponseForce(Options.RequiredStaffLow, Options.RequiredStaffMedium, Options.RequiredStaffHigh);
    }

    public CoverageOptions Options { get; }

    public DriveSpeeds Speeds { get; }

    public IReadOnlyDictionary<string, string> StationVehicles { get; }

    public ResponseForce ResponseForce { get; }

    /// <summary>Every problem of the configured options, for start-up validation.</summary>
    public static IReadOnlyList<string> Check(CoverageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        problems.AddRange(DriveSpeeds.Create(options.Speeds).Problems);
        problems.AddRange(Spatial.Coverage.StationVehicles.Create(options.StationVehicles).Problems);
        problems.AddRange(new ResponseForce(options.RequiredStaffLow, options.RequiredStaffMedium, options.RequiredStaffHigh).Check());
        if (options.Minutes.Length == 0 || options.Minutes.Any(m => m is < 1 or > 30))
        {
            problems.Add("Minutes: between 1 and 30 each, at least one");
        }

        if (options.ResponseForceMinutes is < 1 or > 30)
        {
            problems.Add("ResponseForceMinutes: between 1 and 30");
        }

        if (!(options.AccessKmh > 0) || !(options.LinkKmh > 0) || !(options.LaneLinkMeters > 0) || !(options.IsochroneBufferMeters > 0))
        {
            problems.Add("AccessKmh, LinkKmh, LaneLinkMeters and IsochroneBufferMeters must be positive");
        }

        return problems;
    }
}
