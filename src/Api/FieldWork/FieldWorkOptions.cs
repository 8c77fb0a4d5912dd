namespace FireMap.Api.FieldWork;

/// <summary>Configuration of field work (<c>FireMap:FieldWork</c>).</summary>
public sealed class FieldWorkOptions
{
    public const string Section = "FireMap:FieldWork";

    /// <summary>Path of the checklist file, relative to the repository root; <c>data/field/checklists.json</c> when empty.</summary>
    public string? Checklists { get; set; }

    /// <summary>The responsible unit of a hazard raised in the field when the form names none and the subject has no management unit.</summary>
    public string DefaultResponsibleUnit { get; set; } = "属地社区";

    public string ChecklistsPath(FireMapPaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return string.IsNullOrWhiteSpace(Checklists) ? Path.Combine(paths.Root, "data", "field", "checklists.json") : Path.GetFullPath(Checklists, paths.Root);
    }
}
