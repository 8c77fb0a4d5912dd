namespace FireMap.Api.Geocoding;

/// <summary>
/// The area the geocoder covers (section <c>FireMap:Area</c>): the names above the data's own
/// communities. Without it, the demo data's 跃进村街道, 大渡口区, 重庆市.
/// </summary>
public sealed class GeocodingOptions
{
    public const string Section = "FireMap:Area";

    public string? Province { get; set; }

    public string? City { get; set; }

    public string? District { get; set; }

    public string? Subdistrict { get; set; }

    public string? DivisionCode { get; set; }

    /// <summary>True when any name is configured.</summary>
    public bool IsConfigured => new[] { Province, City, District, Subdistrict, DivisionCode }.Any(v => !string.IsNullOrWhiteSpace(v));
}
