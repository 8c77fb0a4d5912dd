namespace FireMap.Spatial.Geocoding.Parsing;

/// <summary>
/// An address split into its levels: 省, 市, 区/县, 街道/镇, 社区/村, 路/街/巷/大道, 门牌号, 小区 or POI name,
/// 楼栋, 单元, 楼层, 房号. Every text is in normalised form (see <see cref="Normalization.AddressNormalizer"/>);
/// a level the address does not give is null.
/// </summary>
public sealed record ParsedAddress
{
    /// <summary>The address as given.</summary>
    public required string Input { get; init; }

    /// <summary>The normalised address the levels were read from.</summary>
    public required string Normalized { get; init; }

    /// <summary>Text before the first administrative level that was skipped (我家的地址是…), or null.</summary>
    public string? LeadingText { get; init; }

    /// <summary>省 (or 直辖市, 自治区).</summary>
    public AdministrativeUnit? Province { get; init; }

    /// <summary>市 (地级市, 自治州); for a 直辖市 the dictionary's 市辖区 or 县 when inferred.</summary>
    public AdministrativeUnit? City { get; init; }

    /// <summary>区 or 县.</summary>
    public AdministrativeUnit? District { get; init; }

    /// <summary>街道, 镇 or 乡.</summary>
    public AdministrativeUnit? Subdistrict { get; init; }

    /// <summary>社区 or 村.</summary>
    public AdministrativeUnit? Community { get; init; }

    /// <summary>路, 街, 巷 or 大道, e.g. 跃进村路.</summary>
    public string? Road { get; init; }

    /// <summary>门牌号: the road's house number without 号, e.g. "12".</summary>
    public string? HouseNumber { get; init; }

    /// <summary>The 小区 or POI name, e.g. 钢花小区; empty when the address names none.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>楼栋 without 栋, e.g. "3" or "A".</summary>
    public string? Building { get; init; }

    /// <summary>单元 without 单元, e.g. "2".</summary>
    public string? Unit { get; init; }

    /// <summary>楼层 without 层/楼/F, e.g. "5", or 底层, B1.</summary>
    public string? Floor { get; init; }

    /// <summary>房号, e.g. "501" or "1号门面".</summary>
    public string? Room { get; init; }

    /// <summary>A trailing remark such as 旁 or 附近, or null.</summary>
    public string? Remark { get; init; }

    /// <summary>True when the road is one the parser was told about (a gazetteer road).</summary>
    public bool IsKnownRoad { get; init; }
}
