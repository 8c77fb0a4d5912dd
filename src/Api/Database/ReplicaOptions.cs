namespace FireMap.Api.Database;

/// <summary>
/// Streaming replicas that serve reads (section <c>FireMap:Replicas</c>). Without connection strings
/// every read goes to the primary, as on one machine.
/// </summary>
public sealed class ReplicaOptions
{
    public const string Section = "FireMap:Replicas";

    /// <summary>One connection string per standby, each naming one host.</summary>
    public List<string> ConnectionStrings { get; set; } = [];

    /// <summary>A standby further behind the primary than this is left out of the read pool until it catches up.</summary>
    public TimeSpan MaxLag { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a read after the user's own write waits for a standby to replay it before going to the primary.</summary>
    public TimeSpan ReadYourWritesWait { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>After the primary failed to answer a sign-in check, how long such checks go to a standby first.</summary>
    public TimeSpan PrimaryDownFor { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often each standby's state and lag are looked at.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromSeconds(2);
}
