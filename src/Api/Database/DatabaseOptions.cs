using System.ComponentModel.DataAnnotations;

namespace FireMap.Api.Database;

/// <summary>
/// Where the data live (section <c>FireMap</c>): a connection string from <c>FIREMAP_CONNECTION</c>
/// or <c>ConnectionStrings:FireMap</c>, else the embedded cluster.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "FireMap";

    /// <summary>A PostGIS to use instead of the embedded cluster; null runs the embedded one.</summary>
    public string? ConnectionString { get; set; }

    [Required]
    public EmbeddedDatabaseOptions Embedded { get; set; } = new();
}
