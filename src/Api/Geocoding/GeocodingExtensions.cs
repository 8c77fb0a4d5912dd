using FireMap.Spatial.Geocoding.Gazetteers;

namespace FireMap.Api.Geocoding;

/// <summary>
/// Registers the geocoder. The area it covers comes from <c>FireMap:Area</c> (Province, City,
/// District, Subdistrict, DivisionCode); without it, the demo data's 跃进村街道, 大渡口区, 重庆市.
/// </summary>
public static class GeocodingExtensions
{
    public static WebApplicationBuilder AddGeocoding(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("FireMap:Area");
        var area = section.Exists()
            ? new GazetteerArea
            {
                Province = section["Province"], City = section["City"], District = section["District"],
                Subdistrict = section["Subdistrict"], DivisionCode = section["DivisionCode"],
            }
            : GazetteerArea.Yuejincun;
        builder.Services.AddSingleton(area);
        builder.Services.AddSingleton<GeocoderProvider>();
        return builder;
    }
}
