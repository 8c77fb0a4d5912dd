namespace FireMap.Api.Database.Embedded;

/// <summary>Settings of the private PostgreSQL cluster FireMap runs when no connection string is configured.</summary>
public sealed class EmbeddedPostgresOptions
{
    /// <summary>Folder that holds the cluster's data and log; created on first start.</summary>
    public required string Directory { get; init; }

    /// <summary>Preferred TCP port on 127.0.0.1; the next free one is taken when it is busy.</summary>
    public int Port { get; init; } = 54329;

    public string Database { get; init; } = "firemap";

    /// <summary>The role the service connects as; it owns <see cref="Database"/> but is not a superuser.</summary>
    public string AppUser { get; init; } = "firemap_app";

    /// <summary>
    /// Extensions the superuser creates in each database before the application role uses it,
    /// because a role that is not a superuser may not create them (PostGIS and pgRouting are not
    /// trusted extensions).
    /// </summary>
    public IReadOnlyList<string> Extensions { get; init; } = [];

    /// <summary>
    /// False for throwaway clusters (tests): turns off fsync, which makes schema creation and
    /// bulk loads several times faster at the price of crash safety nobody needs there.
    /// </summary>
    public bool Durable { get; init; } = true;
}
