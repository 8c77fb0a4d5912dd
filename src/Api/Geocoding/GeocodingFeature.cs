using FireMap.Api.Changes;
using FireMap.Api.GraphQL;
using FireMap.Spatial.Geocoding.Gazetteers;
using Microsoft.Extensions.Options;

namespace FireMap.Api.Geocoding;

/// <summary>Address search: the geocoder over the stored gazetteer, and its queries.</summary>
public static class GeocodingFeature
{
    public static WebApplicationBuilder AddGeocoding(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<GeocodingOptions>()
            .Bind(builder.Configuration.GetSection(GeocodingOptions.Section))
            .Validate(o => o.DivisionCode is null || (o.DivisionCode.Length is 6 or 9 or 12 && o.DivisionCode.All(char.IsAsciiDigit)),
                "FireMap:Area:DivisionCode must be a 6-, 9- or 12-digit division code")
            .ValidateOnStart();
        builder.Services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<GeocodingOptions>>().Value;
            return options.IsConfigured
                ? new GazetteerArea
                {
                    Province = options.Province, City = options.City, District = options.District,
                    Subdistrict = options.Subdistrict, DivisionCode = options.DivisionCode,
                }
                : GazetteerArea.Yuejincun;
        });
        builder.Services.AddSingleton<GeocoderProvider>();
        builder.Services.AddSingleton<IDataChangeListener, GazetteerChanges>();
        builder.Services.AddSingleton<IRootFields, GeocodeFields>();
        return builder;
    }
}
