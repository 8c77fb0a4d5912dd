using System.Globalization;
using System.Text;
using System.Text.Json;
using FireMap.Spatial.Risk.Inputs;
using FireMap.Spatial.Risk.Scoring;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Risk.Storage;

/// <summary>
/// The stored form of a score's contributions: a JSON object keyed by <see cref="RiskFactors.Key"/>, each
/// value the pair [points, score], e.g. <c>{"baseline": [0, 0.9056], "fire_lane_access": [5.6, 11.8]}</c>; a
/// station factor measured by routed time adds its route, [points, score, seconds, "station name"], so the
/// explanation ("5.8 min by road from 大堰微型消防站") is stored with the score it explains.
/// Factors with neither points nor a share are left out (most are, for most buildings); reading fills them
/// back as zero, so every score again lists all factors in enum order. Numbers are written in shortest
/// round-trip form, so the stored shares add up to the stored score exactly as computed.
/// </summary>
public static class ContributionJson
{
    private static readonly string[] _prefixes = [.. RiskFactors.All.Select(f => $"\"{f.Key()}\":[")];

    [ThreadStatic]
    private static StringBuilder? _buffer;

    public static string Write(IReadOnlyList<RiskContribution> contributions)
    {
        ArgumentNullException.ThrowIfNull(contributions);
        var json = _buffer ??= new StringBuilder(512);
        json.Clear().Append('{');
        foreach (var c in contributions)
        {
            if (c.Points == 0 && c.Score == 0 && c.Factor != RiskFactor.Baseline)
            {
                continue;
            }

            if (json.Length > 1)
            {
                json.Append(',');
            }

            json.Append(_prefixes[(int)c.Factor]).Append(c.Points.ToString("R", CultureInfo.InvariantCulture))
                .Append(',').Append(c.Score.ToString("R", CultureInfo.InvariantCulture));
            if (c.Route is { } route)
            {
                json.Append(',').Append(route.Seconds.ToString("R", CultureInfo.InvariantCulture))
                    .Append(',').Append(JsonSerializer.Serialize(route.StationName));
            }

            json.Append(']');
        }

        return json.Append('}').ToString();
    }

    /// <summary>All factors in enum order; keys this build does not know are skipped.</summary>
    public static IReadOnlyList<RiskContribution> Read(string json)
    {
        var contributions = new RiskContribution[RiskFactors.Count];
        for (var i = 0; i < contributions.Length; i++)
        {
            contributions[i] = new RiskContribution(RiskFactors.All[i], 0, 0);
        }

        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (RiskCodes.TryParse(property.Name, out RiskFactor factor))
            {
                var value = property.Value;
                var route = value.GetArrayLength() >= 4 ? new StationRoute(value[3].GetString()!, value[2].GetDouble()) : null;
                contributions[(int)factor] = new RiskContribution(factor, value[0].GetDouble(), value[1].GetDouble(), route);
            }
        }

        return contributions;
    }
}
