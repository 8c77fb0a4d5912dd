namespace FireMap.Api.Database;

/// <summary>
/// Called before migrations change the schema of a database that already holds one (a backup is
/// taken there); an exception stops the upgrade before anything changes.
/// </summary>
public interface IMigrationSafeguard
{
    void BeforeMigrating(IReadOnlyList<string> pending);
}
