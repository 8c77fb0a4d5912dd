using System.Text.RegularExpressions;
using FireMap.Spatial.Interchange;

namespace FireMap.Api.Imports;

/// <summary>Rules that involve more than one field of a record, checked before anything is written.</summary>
internal static class RecordRules
{
    /// <summary>Why a record new to its layer may not take <paramref name="code"/>, or null. A known code is updated as it is.</summary>
    public static string? CheckNewCode(string layer, string code) =>
        layer == "blockages" && Regex.IsMatch(code, ImportFormat.GeneratedBlockageCodePattern, RegexOptions.None, TimeSpan.FromSeconds(1))
            ? "has the form BK<digits> that the service gives the blockages it records; use another code"
            : null;

    /// <summary>Returns the field and problem of the first broken rule, or null.</summary>
    public static (string Field, string Problem)? Check(string layer, IReadOnlyDictionary<string, object?> values) => layer switch
    {
        "blockages" when values["cleared_at"] is DateTimeOffset cleared && cleared < (DateTimeOffset)values["reported_at"]! =>
            ("cleared_at", "is before reported_at"),
        "hazards" when (DateOnly)values["deadline"]! < (DateOnly)values["found_on"]! =>
            ("deadline", "is before found_on"),
        "hazards" when ((string)values["status"]! == "closed") != (values["closed_at"] is not null) =>
            ("closed_at", "must be set exactly when status is closed"),
        _ => null,
    };
}
