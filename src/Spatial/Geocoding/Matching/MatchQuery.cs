using FireMap.Spatial.Geocoding.Gazetteers;
using FireMap.Spatial.Geocoding.Parsing;

namespace FireMap.Spatial.Geocoding.Matching;

/// <summary>The parts of a parsed address the matcher compares, with its area and community verdicts.</summary>
internal sealed class MatchQuery
{
    private const double OtherCommunityFactor = 0.85;

    private MatchQuery(ParsedAddress parsed, string name, string areaWords, int communityId, string? communityCode, bool areaDiffers)
    {
        Parsed = parsed;
        Name = name;
        NameWithBuilding = parsed.Building is null ? name : $"{name}{parsed.Building}栋";
        NameWithArea = areaWords.Length > 0 ? areaWords + NameWithBuilding : null;
        CommunityId = communityId;
        CommunityCode = communityCode;
        AreaFactor = areaDiffers ? AreaCheck.Penalty : 1;
        AreaEvidence = areaDiffers ? MatchEvidence.AreaDiffers : MatchEvidence.None;
    }

    public ParsedAddress Parsed { get; }

    /// <summary>The compound or place name part (with an unknown community's text put back in front).</summary>
    public string Name { get; }

    public string NameWithBuilding { get; }

    /// <summary>
    /// The name with the sub-district and community words read before it put back, or null: places are
    /// often named after them (跃进村街道社区卫生服务中心, 跃进村社区养老服务站).
    /// </summary>
    public string? NameWithArea { get; }

    /// <summary>The gazetteer community the address names, or −1.</summary>
    public int CommunityId { get; }

    public string? CommunityCode { get; }

    public double AreaFactor { get; }

    public MatchEvidence AreaEvidence { get; }

    public static MatchQuery From(ParsedAddress p, Gazetteer gazetteer)
    {
        var indexes = gazetteer.Indexes;
        var name = p.Name;
        var communityId = -1;
        if (p.Community is { } community)
        {
            if (indexes.CommunitiesByName.TryGetValue(community.Name, out var id))
            {
                communityId = id;
            }
            else
            {
                // Not a community of this gazetteer: "…社区" is then most likely a compound's name (钢城国际社区).
                name = (community.Text ?? community.Name) + name;
            }
        }

        var code = communityId >= 0 ? gazetteer.Entries[communityId].Code : null;
        var areaWords = (p.Subdistrict?.Text ?? string.Empty) + (communityId >= 0 ? p.Community?.Text : null);
        return new MatchQuery(p, name, areaWords, communityId, code, AreaCheck.Differs(p, gazetteer.Area));
    }

    public double CommunityFactor(GazetteerEntry entry) => DiffersInCommunity(entry) ? OtherCommunityFactor : 1;

    public MatchEvidence CommunityEvidence(GazetteerEntry entry) =>
        DiffersInCommunity(entry) ? MatchEvidence.CommunityDiffers : MatchEvidence.None;

    private bool DiffersInCommunity(GazetteerEntry entry) =>
        CommunityCode is not null && entry.CommunityCode is not null && entry.CommunityCode != CommunityCode;
}
