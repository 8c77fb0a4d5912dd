namespace FireMap.Api.Access;

/// <summary>
/// The role codes of <see cref="Spatial.Vocabulary.Codes.Role"/> as constants, for rules written in
/// code; a test holds them to the vocabulary.
/// </summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Subdistrict = "subdistrict";
    public const string Community = "community";
    public const string Grid = "grid";
    public const string Station = "station";
    public const string Analyst = "analyst";
    public const string Viewer = "viewer";

    public static IReadOnlyList<string> All { get; } = [Admin, Subdistrict, Community, Grid, Station, Analyst, Viewer];

    /// <summary>Roles whose reads and writes are narrowed to one community (and, for grid workers, their grids).</summary>
    public static bool IsScoped(string role) => role is Community or Grid;
}
