using System.ComponentModel.DataAnnotations;

namespace FireMap.Api.Database;

/// <summary>
/// Where the data live (section <c>FireMap</c>): a connection string from <c>FIREMAP_CONNECTION</c>
/// or <c>ConnectionStrings:FireMap</c>, else the embedded cluster; and whether an empty database
/// gets the demo data.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "FireMap";

    /// <summary>A PostGIS to use instead of the embedded cluster; null runs the embedded one.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Load the demo data into an empty database at start (default true).</summary>
    public bool LoadDemoData { get; set; } = true;

    /// <summary>Folder of the demo data; <c>data/demo</c> of the repository when absent.</summary>
    public string? DemoData { get; set; }

    [Required]
    public EmbeddedDatabaseOptions Embedded { get; set; } = new();
}
