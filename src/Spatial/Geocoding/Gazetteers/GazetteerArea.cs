using FireMap.Spatial.Geocoding.Parsing;

namespace FireMap.Spatial.Geocoding.Gazetteers;

/// <summary>
/// The administrative area a gazetteer covers (重庆市 大渡口区 跃进村街道). An address that names another
/// province, city, district or sub-district is never matched with confidence.
/// </summary>
public sealed record GazetteerArea
{
    /// <summary>省 or 直辖市, e.g. 重庆市.</summary>
    public string? Province { get; init; }

    /// <summary>地级市; for a 直辖市 leave it null or repeat the province.</summary>
    public string? City { get; init; }

    /// <summary>区 or 县, e.g. 大渡口区.</summary>
    public string? District { get; init; }

    /// <summary>街道, 镇 or 乡, e.g. 跃进村街道.</summary>
    public string? Subdistrict { get; init; }

    /// <summary>
    /// The division code of the smallest level given (500104002 for 跃进村街道); the codes of the levels
    /// above are its leading digits. Optional.
    /// </summary>
    public string? DivisionCode { get; init; }

    /// <summary>跃进村街道, 大渡口区, 重庆市 (division code 500104002), the demo data's area.</summary>
    public static GazetteerArea Yuejincun { get; } = new()
    {
        Province = "重庆市",
        District = "大渡口区",
        Subdistrict = "跃进村街道",
        DivisionCode = "500104002",
    };

    /// <summary>The area's levels as divisions, each with its code when <see cref="DivisionCode"/> gives it.</summary>
    public IEnumerable<Division> ToDivisions()
    {
        var code = DivisionNames.SignificantCode(DivisionCode);
        foreach (var (name, level, digits) in new[]
        {
            (Province, AdministrativeLevel.Province, 2),
            (City, AdministrativeLevel.City, 4),
            (District, AdministrativeLevel.District, 6),
            (Subdistrict, AdministrativeLevel.Subdistrict, 9),
        })
        {
            if (string.IsNullOrWhiteSpace(name) || (level == AdministrativeLevel.City && name == Province))
            {
                continue;
            }

            yield return new Division(name, level, code is not null && code.Length >= digits ? code[..digits] : null);
        }
    }

    /// <summary>The area's name at a level, or null.</summary>
    /// <param name="level">Province to Subdistrict.</param>
    public string? NameAt(AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.Province => Province,
        AdministrativeLevel.City => City,
        AdministrativeLevel.District => District,
        AdministrativeLevel.Subdistrict => Subdistrict,
        _ => null,
    };
}
