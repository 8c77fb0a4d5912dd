using System.Text.Json;
using System.Text.Json.Serialization;

namespace FireMap.Spatial.Risk.Model;

/// <summary>
/// A versioned, explainable fire-risk model: every weight, cap, normalisation constant, level threshold
/// and holiday period, as read from a JSON file such as <c>data/risk/model-v1.json</c>. Change the file and
/// its <see cref="Version"/> together: scores are stored per model version and as-of date.
/// </summary>
public sealed record RiskModel
{
    private static readonly JsonSerializerOptions _json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Model version, e.g. <c>v1</c>; stored with every score.</summary>
    public required string Version { get; init; }

    /// <summary>Free text for analysts: what changed in this version and why.</summary>
    public string? Description { get; init; }

    /// <summary>The likelihood side.</summary>
    public required LikelihoodWeights Likelihood { get; init; }

    /// <summary>The consequence side.</summary>
    public required ConsequenceWeights Consequence { get; init; }

    /// <summary>How a compound's score follows from its buildings'.</summary>
    public required CompoundRule Compound { get; init; }

    /// <summary>Level thresholds.</summary>
    public required LevelThresholds Levels { get; init; }

    /// <summary>Holiday and major-event periods that raise likelihood.</summary>
    public IReadOnlyList<HolidayPeriod> HolidayPeriods { get; init; } = [];

    /// <summary>Reads and checks a model file.</summary>
    /// <param name="path">Path of the JSON file.</param>
    /// <exception cref="RiskModelException">The file is not valid JSON for a model, or breaks a rule; the message lists every problem.</exception>
    public static RiskModel Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new RiskModelException(path, [e.Message], e);
        }

        return Parse(json, path);
    }

    /// <summary>Parses and checks a model from JSON text.</summary>
    /// <param name="json">The model as JSON (snake_case keys; comments and trailing commas allowed).</param>
    /// <param name="source">Where the text came from, for messages.</param>
    /// <exception cref="RiskModelException">The text is not valid JSON for a model, or breaks a rule; the message lists every problem.</exception>
    public static RiskModel Parse(string json, string source = "(text)")
    {
        RiskModel? model;
        try
        {
            model = JsonSerializer.Deserialize<RiskModel>(json, _json);
        }
        catch (JsonException e)
        {
            var where = e.Path is null ? "" : $" at {e.Path.TrimStart('$', '.')} (line {e.LineNumber + 1})";
            throw new RiskModelException(source, [$"unreadable{where}: {e.Message}"], e);
        }

        if (model is null)
        {
            throw new RiskModelException(source, ["the file holds null, not a model"]);
        }

        model.EnsureUsable(source);
        return model;
    }

    /// <summary>Every rule this model breaks, one line each naming the JSON path; empty when usable.</summary>
    public IReadOnlyList<string> FindProblems()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Version))
        {
            errors.Add("version must not be empty");
        }

        ModelChecks.Part(errors, "likelihood", Likelihood, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, "consequence", Consequence, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, "compound", Compound, (w, e, p) => w.Check(e, p));
        ModelChecks.Part(errors, "levels", Levels, (w, e, p) => w.Check(e, p));
        if (ModelChecks.Present(errors, "holiday_periods", HolidayPeriods))
        {
            for (var i = 0; i < HolidayPeriods.Count; i++)
            {
                ModelChecks.Part(errors, $"holiday_periods[{i}]", HolidayPeriods[i], (w, e, p) => w.Check(e, p));
            }
        }

        return errors;
    }

    /// <summary>Throws when <see cref="FindProblems"/> finds any.</summary>
    /// <param name="source">Where the model came from, for the message.</param>
    /// <exception cref="RiskModelException">The model breaks a rule.</exception>
    public void EnsureUsable(string source = "(in memory)")
    {
        var problems = FindProblems();
        if (problems.Count > 0)
        {
            throw new RiskModelException(source, problems);
        }
    }

    /// <summary>The likelihood factor on <paramref name="date"/>: the largest factor of the periods containing it, else 1.</summary>
    /// <param name="date">The as-of date.</param>
    public double HolidayFactorOn(DateOnly date)
    {
        var factor = 1.0;
        foreach (var period in HolidayPeriods)
        {
            if (period.Contains(date))
            {
                factor = Math.Max(factor, period.Factor);
            }
        }

        return factor;
    }
}
