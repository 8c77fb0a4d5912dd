using FireMap.Spatial.Risk.Inputs;
using FireMap.Spatial.Risk.Model;

namespace FireMap.Spatial.Risk.Scoring;

/// <summary>
/// Scores buildings and compounds under a <see cref="RiskModel"/>: score = 100 × likelihood × consequence,
/// each factor's exact share listed. Pure and thread-safe: one instance may score many compounds in parallel.
/// </summary>
/// <example>
/// <code>
/// var model = RiskModel.Load("data/risk/model-v1.json");
/// var result = RiskScorer.Score(model, compound, new DateOnly(2026, 11, 29));
/// </code>
/// </example>
public sealed class RiskScorer
{
    private readonly CompiledRiskModel _model;

    /// <summary>Prepares a scorer; the model is checked once here.</summary>
    /// <param name="model">The model.</param>
    /// <exception cref="RiskModelException">The model breaks a rule.</exception>
    public RiskScorer(RiskModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = new CompiledRiskModel(model);
    }

    /// <summary>The model this scorer applies.</summary>
    public RiskModel Model => _model.Model;

    /// <summary>Scores a compound and each of its buildings (one-shot; prefer an instance for many compounds).</summary>
    /// <param name="model">The model.</param>
    /// <param name="compound">The compound with its buildings.</param>
    /// <param name="asOf">The date the score describes (China time); hazards, blockages, incidents and holidays are judged on it.</param>
    public static CompoundRiskScore Score(RiskModel model, CompoundRiskInput compound, DateOnly asOf) =>
        new RiskScorer(model).Score(compound, asOf);

    /// <summary>Scores one building (one-shot; prefer an instance for many buildings).</summary>
    /// <param name="model">The model.</param>
    /// <param name="building">The building.</param>
    /// <param name="compound">The compound it belongs to, for compound-level factors; null when it is in none.</param>
    /// <param name="asOf">The date the score describes (China time).</param>
    public static BuildingRiskScore ScoreBuilding(RiskModel model, BuildingRiskInput building, CompoundRiskInput? compound, DateOnly asOf) =>
        new RiskScorer(model).ScoreBuilding(building, compound, asOf);

    /// <summary>
    /// Scores a compound and each of its buildings. Compound-level facts (property management, old
    /// compound, fire lanes, compound hazards and places) enter every building's likelihood or consequence;
    /// the compound's score combines the building scores by <see cref="RiskModel.Compound"/>. A compound
    /// without buildings is scored as one notional building that has only the compound-level factors.
    /// </summary>
    /// <param name="compound">The compound with its buildings.</param>
    /// <param name="asOf">The date the score describes (China time).</param>
    /// <exception cref="ArgumentException">An input value is out of range or a building id repeats.</exception>
    public CompoundRiskScore Score(CompoundRiskInput compound, DateOnly asOf)
    {
        RiskInputCheck.Compound(compound);
        var facts = CompoundFacts.Of(_model, compound, asOf);
        var holiday = _model.Model.HolidayFactorOn(asOf);
        var buildings = new BuildingRiskScore[compound.Buildings.Count];
        for (var i = 0; i < buildings.Length; i++)
        {
            RiskInputCheck.Building(compound.Buildings[i]);
            buildings[i] = ScoreChecked(compound.Buildings[i], facts, holiday, asOf);
        }

        var notional = buildings.Length == 0 ? ScoreChecked(Notional(compound.Id), facts, holiday, asOf) : null;
        return CompoundAggregation.Combine(_model, compound.Id, buildings, notional, asOf);
    }

    /// <summary>Scores one building, with the compound-level factors of <paramref name="compound"/> if given.</summary>
    /// <param name="building">The building.</param>
    /// <param name="compound">The compound it belongs to (its <see cref="CompoundRiskInput.Buildings"/> are not read); null when it is in none.</param>
    /// <param name="asOf">The date the score describes (China time).</param>
    /// <exception cref="ArgumentException">An input value is out of range.</exception>
    public BuildingRiskScore ScoreBuilding(BuildingRiskInput building, CompoundRiskInput? compound, DateOnly asOf)
    {
        if (compound is not null)
        {
            RiskInputCheck.Compound(compound with { Buildings = [] });
        }

        RiskInputCheck.Building(building);
        return ScoreChecked(building, CompoundFacts.Of(_model, compound, asOf), _model.Model.HolidayFactorOn(asOf), asOf);
    }

    private BuildingRiskScore ScoreChecked(BuildingRiskInput building, in CompoundFacts facts, double holiday, DateOnly asOf)
    {
        Span<double> points = stackalloc double[RiskFactors.Count];
        LikelihoodPoints.Fill(_model, building, facts, asOf, points);
        ConsequencePoints.Fill(_model, building, facts, points);
        var fireRoute = _model.C.FireStationDistance.Routed ? Shown(building.FireStationRoute) : null;
        var microRoute = _model.C.MicroStationDistance.Routed ? Shown(building.MicroStationRoute) : null;
        return RiskAttribution.Score(_model, building.Id, points, holiday, asOf, fireRoute, microRoute);
    }

    // Stands in for the buildings of a compound that has none recorded: no building-level factor applies,
    // and station distances count as within reach because there is no building to measure from.
    private static BuildingRiskInput Notional(long compoundId) => new()
    {
        Id = compoundId,
        Use = BuildingUse.Residential,
        HeightMeters = 1,
        Alarm = FireSystemStatus.Ok,
        SmokeControl = FireSystemStatus.Ok,
        Sprinkler = FireSystemStatus.Ok,
        Hydrant = FireSystemStatus.Ok,
        FireStationMeters = 0,
        MicroStationMeters = 0,
        FireStationRoute = NotionalRoute,
        MicroStationRoute = NotionalRoute,
    };

    // Zero seconds: within reach, as the notional building's straight-line distances are; it names no station,
    // so its contribution carries no route.
    private static readonly StationRoute NotionalRoute = new("-", 0);

    private static StationRoute? Shown(StationRoute? route) => ReferenceEquals(route, NotionalRoute) ? null : route;
}
