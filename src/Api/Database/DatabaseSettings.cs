namespace FireMap.Api.Database;

/// <summary>The database in use and whether its first start loads the demo data.</summary>
public sealed record DatabaseSettings(string ConnectionString, bool LoadDemoData, string DemoDataDirectory);
