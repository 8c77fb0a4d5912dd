using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Operations;

/// <summary>A backup file in the backup folder.</summary>
public sealed class BackupGraphType : ObjectGraphType<BackupFile>
{
    public BackupGraphType()
    {
        Name = "Backup";
        Description = "A backup file (database dump with photos, manifest, account secrets) in the backup folder.";
        this.Allow(AccessRule.OperateService);
        Field(b => b.Name).Description("File name; download at /api/operations/backups/{name}.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When it was taken.").Resolve(c => c.Source.CreatedAt);
        Field(b => b.Reason).Description("daily, manual, pre-migration or command.");
        Field<NonNullGraphType<FloatGraphType>>("bytes").Description("Size of the file in bytes.").Resolve(c => (double)c.Source.Bytes);
        Field<NonNullGraphType<StringGraphType>>("downloadUrl").Description("Where an administrator downloads it.")
            .Resolve(c => OperationsEndpoints.DownloadPath(c.Source.Name));
    }
}
