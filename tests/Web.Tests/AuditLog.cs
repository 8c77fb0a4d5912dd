using FireMap.TestHost;

namespace FireMap.Web.Tests;

/// <summary>The service's audit log, read straight from its database.</summary>
public static class AuditLog
{
    /// <summary>Who made the latest audited change of <paramref name="entity"/> (e.g. <c>blockage</c>).</summary>
    public static async Task<string?> LastActorAsync(FireMapServerFixture server, string entity)
    {
        await using var command = server.DataSource.CreateCommand("SELECT actor FROM audit_log WHERE entity = $1 ORDER BY id DESC LIMIT 1");
        command.Parameters.Add(new() { Value = entity });
        return await command.ExecuteScalarAsync() as string;
    }
}
