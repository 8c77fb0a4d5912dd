using System.Text.Json;
using System.Text.Json.Serialization;

namespace FireMap.Api.Changes;

/// <summary>
/// A committed change as one instance tells the others: the payload of a NOTIFY on
/// <see cref="ClusterChangeNotifier.Channel"/>, small JSON well under PostgreSQL's 8000-byte limit.
/// </summary>
public sealed record ClusterChange
{
    public const string CompoundKind = "compound";
    public const string LayersKind = "layers";
    public const string RiskPeriodsKind = "risk-periods";

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public required string Kind { get; init; }

    /// <summary>The instance that made the change; it does not act on its own notification.</summary>
    public string Origin { get; init; } = "";

    public long? CompoundId { get; init; }

    public IReadOnlyList<string>? LayerNames { get; init; }

    public static ClusterChange Compound(long compoundId) => new() { Kind = CompoundKind, CompoundId = compoundId };

    public static ClusterChange Layers(IEnumerable<string> layers) => new() { Kind = LayersKind, LayerNames = [.. layers] };

    public static ClusterChange RiskPeriods() => new() { Kind = RiskPeriodsKind };

    public string ToJson() => JsonSerializer.Serialize(this, _json);

    /// <summary>The change in a payload, or null for a payload this version does not understand.</summary>
    public static ClusterChange? Parse(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<ClusterChange>(payload, _json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
