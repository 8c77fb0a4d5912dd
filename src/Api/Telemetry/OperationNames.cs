using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace FireMap.Api.Telemetry;

/// <summary>
/// Turns a client's GraphQL operation name into a metric label. Names come from clients, so they
/// are bounded: odd names are one label, and past <see cref="MaxDistinct"/> names every new one is
/// <c>other</c>, keeping the number of time series small whatever clients send.
/// </summary>
public static partial class OperationNames
{
    public const int MaxDistinct = 200;

    private static readonly ConcurrentDictionary<string, bool> _seen = new(StringComparer.Ordinal);

    public static string Label(string? operationName)
    {
        if (string.IsNullOrEmpty(operationName))
        {
            return "anonymous";
        }

        if (!Plain().IsMatch(operationName))
        {
            return "invalid";
        }

        if (_seen.ContainsKey(operationName) || (_seen.Count < MaxDistinct && _seen.TryAdd(operationName, true)))
        {
            return operationName;
        }

        return "other";
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}$")]
    private static partial Regex Plain();
}
