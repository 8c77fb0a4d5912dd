namespace FireMap.Api.Tests.Database;

/// <summary>
/// Tests that kill a PostgreSQL server and time its recovery: they run alone, after the others,
/// so that the timings measure recovery rather than two CPUs shared with the rest of the suite.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EmbeddedClusterRecoveryCollection
{
    public const string Name = "Embedded cluster recovery";
}
