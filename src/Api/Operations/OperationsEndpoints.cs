using FireMap.Api.Access;

namespace FireMap.Api.Operations;

/// <summary><c>/api/operations/backups/{name}</c>: an administrator downloads a backup file.</summary>
public static class OperationsEndpoints
{
    private const string Prefix = "/api/operations/backups/";

    public static string DownloadPath(string name) => Prefix + Uri.EscapeDataString(name);

    public static WebApplication MapOperationsEndpoints(this WebApplication app)
    {
        app.MapGet(Prefix + "{name}", (string name, BackupService backups) =>
            backups.PathOf(name) is { } path
                ? Results.File(path, "application/x-tar", name, enableRangeProcessing: true)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such backup", detail: $"There is no backup named {name}."))
            .Allow(AccessRule.OperateService);
        return app;
    }
}
