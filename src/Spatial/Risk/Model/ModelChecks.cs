using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Risk.Model;

// Collects every problem of a model at once, each named by its JSON path, so an analyst fixing the
// file sees them all in one go rather than one per attempt.
internal static class ModelChecks
{
    public static void NonNegative(List<string> errors, string path, double value)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            errors.Add($"{path} must be a number ≥ 0, was {value}");
        }
    }

    public static void Positive(List<string> errors, string path, double value)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            errors.Add($"{path} must be a number > 0, was {value}");
        }
    }

    public static void AtLeast(List<string> errors, string path, double value, double least)
    {
        if (!double.IsFinite(value) || value < least)
        {
            errors.Add($"{path} must be a number ≥ {least}, was {value}");
        }
    }

    public static void Between(List<string> errors, string path, double value, double low, double high)
    {
        if (!double.IsFinite(value) || value < low || value > high)
        {
            errors.Add($"{path} must be between {low} and {high}, was {value}");
        }
    }

    public static bool Present(List<string> errors, string path, object? value)
    {
        if (value is null)
        {
            errors.Add($"{path} is missing");
        }

        return value is not null;
    }

    public static void CodeMap<TEnum>(List<string> errors, string path, IReadOnlyDictionary<string, double>? map, params TEnum[] excluded)
        where TEnum : struct, Enum
    {
        if (!Present(errors, path, map))
        {
            return;
        }

        foreach (var (code, points) in map!)
        {
            if (!RiskCodes.TryParse(code, out TEnum value))
            {
                errors.Add($"{path}.{code} is not a {typeof(TEnum).Name} code; expected one of {string.Join(", ", RiskCodes.Codes<TEnum>())}");
            }
            else if (excluded.Contains(value))
            {
                errors.Add($"{path}.{code} is scored by a factor of its own and must not be listed here");
            }

            NonNegative(errors, $"{path}.{code}", points);
        }
    }

    // A model built in code (not from JSON) can leave a part null despite the annotations.
    public static void Part<T>(List<string> errors, string path, T? part, Action<T, List<string>, string> check)
        where T : class
    {
        if (Present(errors, path, part))
        {
            check(part!, errors, path);
        }
    }
}
