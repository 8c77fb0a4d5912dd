namespace FireMap.Api.Database;

/// <summary>
/// A migration from outside the assembly, applied in name order with the embedded ones. Tests use it
/// to break an upgrade on purpose; <paramref name="Name"/> is a file name such as <c>9001_broken.sql</c>.
/// </summary>
public sealed record AdditionalMigration(string Name, string Sql);
