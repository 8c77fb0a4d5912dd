namespace FireMap.Spatial.Geocoding.Parsing;

/// <summary>The administrative levels of a Chinese address, from the largest to the smallest.</summary>
public enum AdministrativeLevel
{
    /// <summary>省, 自治区, 直辖市 (重庆市) or 特别行政区; division code of 2 digits.</summary>
    Province = 1,

    /// <summary>地级市, 自治州, 地区, 盟; division code of 4 digits.</summary>
    City = 2,

    /// <summary>区, 县, 县级市, 旗; division code of 6 digits.</summary>
    District = 3,

    /// <summary>街道, 镇, 乡; division code of 9 digits.</summary>
    Subdistrict = 4,

    /// <summary>社区 or 村 (居委会, 村委会); division code of 12 digits.</summary>
    Community = 5,
}
