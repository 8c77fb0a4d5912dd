using System.Collections.Frozen;
using System.Text.Json;

namespace FireMap.Spatial.Vocabulary;

/// <summary>
/// Converts between the snake_case codes of the import formats and the database
/// (<c>ebike_indoor_charging</c>, <c>three_in_one</c>, ...) and the enums of the risk model, so the
/// Api can map text columns row by row without reflection in the loop.
/// </summary>
public static class RiskCodes
{
    /// <summary>The snake_case code of <paramref name="value"/>, e.g. <c>elderly_care</c>.</summary>
    /// <typeparam name="TEnum">One of the risk model's enums.</typeparam>
    /// <param name="value">The enum value.</param>
    public static string ToCode<TEnum>(TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.ByValue[value];

    /// <summary>Parses a snake_case code, e.g. <c>fault</c> → <c>FireSystemStatus.Fault</c>.</summary>
    /// <typeparam name="TEnum">One of the risk model's enums.</typeparam>
    /// <param name="code">The code, exactly as in the import formats (lower case).</param>
    /// <exception cref="ArgumentException">The code is not one of the enum's codes.</exception>
    public static TEnum Parse<TEnum>(string code)
        where TEnum : struct, Enum => TryParse(code, out TEnum value)
            ? value
            : throw new ArgumentException(
                $"'{code}' is not a {typeof(TEnum).Name} code; expected one of {string.Join(", ", Codes<TEnum>())}",
                nameof(code));

    /// <summary>Parses a snake_case code; false when it is not one of the enum's codes.</summary>
    /// <typeparam name="TEnum">One of the risk model's enums.</typeparam>
    /// <param name="code">The code, exactly as in the import formats (lower case).</param>
    /// <param name="value">The parsed value, or default when false.</param>
    public static bool TryParse<TEnum>(string? code, out TEnum value)
        where TEnum : struct, Enum
    {
        if (code is not null && Cache<TEnum>.ByCode.TryGetValue(code, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>All codes of <typeparamref name="TEnum"/>, in enum order.</summary>
    /// <typeparam name="TEnum">One of the risk model's enums.</typeparam>
    public static IReadOnlyList<string> Codes<TEnum>()
        where TEnum : struct, Enum => Cache<TEnum>.Ordered;

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<string> Ordered =
            Enum.GetValues<TEnum>().Select(v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString())).ToArray();

        public static readonly FrozenDictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().Zip(Ordered).ToFrozenDictionary(p => p.First, p => p.Second);

        public static readonly FrozenDictionary<string, TEnum> ByCode =
            ByValue.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
