namespace FireMap.Api.Operations;

/// <summary>
/// <c>manifest.json</c> of a backup file: when and by which FireMap it was taken, the schema it holds
/// (the migrations applied, the last one being its schema version), every table's row count and
/// content digest as they were in the dump's snapshot, and the SHA-256 of every other part of the file.
/// </summary>
public sealed record BackupManifest(
    int Format,
    DateTimeOffset CreatedAt,
    string Reason,
    string FireMapVersion,
    string SchemaVersion,
    IReadOnlyList<string> Migrations,
    IReadOnlyList<TableContent> Tables,
    IReadOnlyList<BackupPart> Parts)
{
    public const int CurrentFormat = 1;
    public const string FileName = "manifest.json";
    public const string DumpName = "database.dump";
    public const string SecretsFolder = "secrets/";
}
