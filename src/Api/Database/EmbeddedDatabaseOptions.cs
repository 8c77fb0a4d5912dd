using System.ComponentModel.DataAnnotations;

namespace FireMap.Api.Database;

/// <summary>The embedded cluster (section <c>FireMap:Embedded</c>), used when no connection string is configured.</summary>
public sealed class EmbeddedDatabaseOptions
{
    /// <summary>Folder of the cluster; <c>.firemap/postgres</c> of the repository when absent.</summary>
    public string? Directory { get; set; }

    /// <summary>Preferred port on 127.0.0.1; the next free one is taken when it is busy.</summary>
    [Range(1024, 65535 - 50)]
    public int Port { get; set; } = 54329;
}
