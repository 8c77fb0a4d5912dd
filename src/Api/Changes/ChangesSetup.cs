namespace FireMap.Api.Changes;

/// <summary>
/// The change plumbing: <see cref="DataChanges"/> for the local listeners, and the notification and
/// listening connection that carry changes to the other instances. Added after the database, so the
/// listener starts once the database is up and migrated.
/// </summary>
public static class ChangesSetup
{
    public static WebApplicationBuilder AddChanges(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<DataChanges>();
        builder.Services.AddSingleton<ClusterChangeNotifier>();
        builder.Services.AddSingleton<ClusterChangeListener>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<ClusterChangeListener>());
        return builder;
    }
}
