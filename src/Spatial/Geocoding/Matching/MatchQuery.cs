using FireMap.Spatial.Geocoding.Gazetteers;
using FireMap.Spatial.Geocoding.Parsing;

namespace FireMap.Spatial.Geocoding.Matching;

/// <summary>The parts of a parsed address the matcher compares, with its area and community verdicts.</summary>
internal sealed class MatchQuery
{
    private const double OtherCommunityFactor = 0.85;

    private static readonly HashSet<string> StandardRemarks = ["旁边", "旁", "附近", "对面", "门口"];

    private MatchQuery(ParsedAddress parsed, string name, int communityId, string? communityCode, bool areaDiffers)
    {
        Parsed = parsed;
        Name = name;
        NameWithBuilding = parsed.Building is null ? name : $"{name}{parsed.Building}栋";
        var remark = parsed.Remark ?? string.Empty;
        RemarkUnexplained = remark.Length > 0 && !StandardRemarks.Contains(remark);
        NameWithRemark = RemarkUnexplained ? NameWithBuilding + remark : null;
        NamesWithArea = WithArea(parsed, name, communityId >= 0);
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
    /// True when text after the building was not read as unit, floor, room or a usual remark (旁, 附近):
    /// it may be the rest of a place's name (运输村11栋群租房), which a compound or building leaves unexplained.
    /// </summary>
    public bool RemarkUnexplained { get; }

    /// <summary>The name, building and unread remark together, or null when there is no such remark.</summary>
    public string? NameWithRemark { get; }

    /// <summary>The longest text a name may stand for: what the name index is searched with.</summary>
    public string SearchText => NameWithRemark ?? (NamesWithArea.Count > 0 ? NamesWithArea[^1] : NameWithBuilding);

    /// <summary>
    /// The name with the community and sub-district words read before it put back, shortest first; empty
    /// when there are none or no name: places are often named after them (跃进村街道社区卫生服务中心,
    /// 跃进村社区养老服务站).
    /// </summary>
    public IReadOnlyList<string> NamesWithArea { get; }

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
        return new MatchQuery(p, name, communityId, code, AreaCheck.Differs(p, gazetteer.Area));
    }

    private static List<string> WithArea(ParsedAddress p, string name, bool knownCommunity)
    {
        var result = new List<string>(2);
        if (name.Length == 0)
        {
            return result;
        }

        var community = knownCommunity ? p.Community?.Text : null;
        var subdistrict = p.Subdistrict?.Text;
        if (community is not null)
        {
            result.Add(community + name);
        }

        if (subdistrict is not null)
        {
            result.Add(subdistrict + community + name);
        }

        return result;
    }

    public double CommunityFactor(GazetteerEntry entry) => DiffersInCommunity(entry) ? OtherCommunityFactor : 1;

    public MatchEvidence CommunityEvidence(GazetteerEntry entry) =>
        DiffersInCommunity(entry) ? MatchEvidence.CommunityDiffers : MatchEvidence.None;

    private bool DiffersInCommunity(GazetteerEntry entry) =>
        CommunityCode is not null && entry.CommunityCode is not null && entry.CommunityCode != CommunityCode;
}
