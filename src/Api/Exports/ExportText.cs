using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Exports;

/// <summary>Words that exports share beyond the code lists.</summary>
public static class ExportText
{
    public static string YesNo(bool value, Language language) =>
        language == Language.English ? (value ? "yes" : "no") : (value ? "是" : "否");
}
