namespace FireMap.Spatial.Vocabulary;

/// <summary>One code of a code list with its labels.</summary>
/// <param name="Code">Stable snake_case code stored in the database and used in files (<c>elderly_care</c>).</param>
/// <param name="Chinese">Chinese label shown to users and in Chinese exports.</param>
/// <param name="English">English label shown to users and in English exports.</param>
/// <param name="Note">Optional English explanation (a rule or a threshold), for schema descriptions.</param>
public sealed record CodeTerm(string Code, string Chinese, string English, string? Note = null)
{
    /// <summary>The label in <paramref name="language"/>.</summary>
    /// <param name="language">The language wanted.</param>
    public string Label(Language language) => language == Language.English ? English : Chinese;

    /// <summary>The GraphQL enum value name of the code: its upper-case form (<c>ELDERLY_CARE</c>).</summary>
    public string EnumName => Code.ToUpperInvariant();

    /// <summary>"宾馆 Hotel" plus the note, for schema descriptions.</summary>
    public string Description => Note is null ? $"{Chinese} {English}" : $"{Chinese} {English}: {Note}";
}
