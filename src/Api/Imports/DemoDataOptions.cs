namespace FireMap.Api.Imports;

/// <summary>Whether an empty database gets the demo data at start (section <c>FireMap</c>).</summary>
public sealed class DemoDataOptions
{
    public const string Section = "FireMap";

    /// <summary>Load the demo data into an empty database at start (default true).</summary>
    public bool LoadDemoData { get; set; } = true;

    /// <summary>Folder of the demo data; <c>data/demo</c> of the repository when absent.</summary>
    public string? DemoData { get; set; }
}
