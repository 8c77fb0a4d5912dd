using FireMap.Spatial.Risk.Inputs;
using FireMap.Spatial.Risk.Model;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Risk.Scoring;

// The model's lookups turned into arrays indexed by enum once, so scoring a million buildings does no
// dictionary or string work per row.
internal sealed class CompiledRiskModel
{
    public CompiledRiskModel(RiskModel model)
    {
        model.EnsureUsable();
        Model = model;
        L = model.Likelihood;
        C = model.Consequence;
        UsePoints = ByCode<BuildingUse>(L.OccupancyHazard.UseClassPoints);
        PlacePoints = ByCode<PlaceCategory>(L.OccupancyHazard.PlaceCategoryPoints);
        Gathering = new bool[RiskCodes.Codes<PlaceCategory>().Count];
        foreach (var code in C.GatheringCapacity.Categories)
        {
            Gathering[(int)RiskCodes.Parse<PlaceCategory>(code)] = true;
        }

        FireStationReachMeters = C.FireStationDistance.ReachMeters(FireCode.FireStationResponseMinutes);
        MicroStationReachMeters = C.MicroStationDistance.ReachMeters(FireCode.MicroStationResponseMinutes);
        BaselineLikelihood = Saturate(L.BaselinePoints, L.ScalePoints);
        BaselineConsequence = Saturate(C.BaselinePoints, C.ScalePoints);
    }

    public RiskModel Model { get; }

    public LikelihoodWeights L { get; }

    public ConsequenceWeights C { get; }

    public double[] UsePoints { get; }

    public double[] PlacePoints { get; }

    public bool[] Gathering { get; }

    public double FireStationReachMeters { get; }

    public double MicroStationReachMeters { get; }

    public double BaselineLikelihood { get; }

    public double BaselineConsequence { get; }

    // 1 − exp(−points/scale): 0 at no points, rising ever more slowly towards 1, and strictly increasing,
    // so more points never lower it.
    public static double Saturate(double points, double scale) => 1 - Math.Exp(-points / scale);

    private static double[] ByCode<TEnum>(IReadOnlyDictionary<string, double> points)
        where TEnum : struct, Enum
    {
        var result = new double[RiskCodes.Codes<TEnum>().Count];
        foreach (var (code, value) in points)
        {
            result[Convert.ToInt32(RiskCodes.Parse<TEnum>(code), System.Globalization.CultureInfo.InvariantCulture)] = value;
        }

        return result;
    }
}
