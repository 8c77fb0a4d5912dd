namespace FireMap.Api.Risk.Runs;

/// <summary>What started a full recompute; stored with the run as its snake_case code.</summary>
public enum RiskTrigger
{
    /// <summary><c>startup</c>: the service started and today had no run yet.</summary>
    Startup,

    /// <summary><c>daily</c>: the first run of a China-time day (the refresh at midnight, or a change on a day without a run yet).</summary>
    Daily,

    /// <summary><c>request</c>: the <c>recomputeRisk</c> mutation (audited).</summary>
    Request,

    /// <summary><c>import</c>: layer files were imported through the API.</summary>
    Import,

    /// <summary><c>configuration</c>: the periods of raised risk changed, so the model has a new version and today needs its run.</summary>
    Configuration,
}
