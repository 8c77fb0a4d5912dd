namespace FireMap.Spatial.Risk.Inputs;

/// <summary>A fire lane of a compound with its obstructions.</summary>
public sealed record FireLaneInput
{
    /// <summary>Database id.</summary>
    public required long Id { get; init; }

    /// <summary>Designed clear width, in metres, &gt; 0 (GB 50016 asks ≥ 4 m).</summary>
    public required double ClearWidthMeters { get; init; }

    /// <summary>Designed clear height, in metres, &gt; 0 (GB 50016 asks ≥ 4 m).</summary>
    public required double ClearHeightMeters { get; init; }

    /// <summary>Obstructions reported on this lane, active or cleared.</summary>
    public IReadOnlyList<BlockageInput> Blockages { get; init; } = [];
}
