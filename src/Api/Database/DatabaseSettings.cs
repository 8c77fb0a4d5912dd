namespace FireMap.Api.Database;

/// <summary>The database in use: the configured connection string, or the embedded cluster's.</summary>
public sealed record DatabaseSettings(string ConnectionString);
