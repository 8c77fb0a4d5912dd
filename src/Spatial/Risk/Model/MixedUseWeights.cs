namespace FireMap.Spatial.Risk.Model;

/// <summary>Likelihood points of mixed or changed use (JSON <c>likelihood.mixed_or_changed_use</c>).</summary>
public sealed record MixedUseWeights
{
    /// <summary>Points when the building mixes residential and other use, in likelihood points.</summary>
    public required double MixedUsePoints { get; init; }

    /// <summary>Points when the use changed from the approved one, in likelihood points.</summary>
    public required double ChangedUsePoints { get; init; }

    internal void Check(List<string> errors, string path)
    {
        ModelChecks.NonNegative(errors, $"{path}.mixed_use_points", MixedUsePoints);
        ModelChecks.NonNegative(errors, $"{path}.changed_use_points", ChangedUsePoints);
    }
}
