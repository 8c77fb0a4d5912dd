using System.Text.Json.Nodes;
using FireMap.Api.Access;
using FireMap.Api.Changes;
using FireMap.Api.GraphQL;
using FireMap.Api.Risk.Inputs;
using FireMap.Api.Stations;
using FireMap.Spatial.Vocabulary;
using GraphQL.DI;
using Microsoft.Extensions.Options;

namespace FireMap.Api.Coverage;

/// <summary>
/// Drive-time coverage over the road and fire-lane network (pgRouting): the routable graph and the
/// stations' reach kept current, isochrones, who is outside the 1-3-5 minutes, the effective response
/// force, nearest stations by drive time, a candidate station's effect, and the map's isochrone layer
/// (<c>/api/coverage/isochrones.geojson</c>). Configuration: <see cref="CoverageOptions"/>.
/// </summary>
public static class CoverageFeature
{
    public static WebApplicationBuilder AddCoverage(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<CoverageOptions>().Bind(builder.Configuration.GetSection(CoverageOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CoverageOptions>, CoverageOptionsValidation>();
        services.AddSingleton<CoverageSettings>();
        services.AddSingleton<CoverageNetwork>();
        services.AddSingleton<CoverageQueries>();
        services.AddSingleton<StationIsochrones>();
        services.AddSingleton<ResponseForces>();
        services.AddSingleton<CoverageWhatIf>();
        services.AddScoped<ResponseForceLoader>();
        services.AddSingleton<IConfigureSchema, ResponseForceOnBuildings>();
        services.AddSingleton<IDriveTimeRanking, DriveTimeRanking>();
        services.AddSingleton<IStationRoutes, BuildingStationRoutes>();
        services.AddSingleton<IDataChangeListener, CoverageChanges>();
        services.AddSingleton<IRootFields, CoverageFields>();
        services.AddHostedService<CoverageStartup>();
        return builder;
    }

    public static WebApplication MapCoverage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/coverage/isochrones.geojson", IsochronesAsync).Allow(AccessRule.Read);
        return app;
    }

    // A GeoJSON FeatureCollection of the isochrones of every station of the kinds, for the map's layer.
    private static async Task<IResult> IsochronesAsync(int? minutes, string? kinds, StationIsochrones isochrones, CoverageSettings settings, CancellationToken cancellationToken)
    {
        var limit = minutes ?? 5;
        if (limit < 1 || limit > settings.Options.HorizonSeconds / 60)
        {
            return Results.Problem(statusCode: 400, title: "minutes out of range", detail: $"minutes must be between 1 and {settings.Options.HorizonSeconds / 60}");
        }

        var chosen = (kinds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (chosen.FirstOrDefault(k => !Codes.StationKind.Contains(k)) is { } unknown)
        {
            return Results.Problem(statusCode: 400, title: "unknown station kind", detail: $"'{unknown}' is not a station kind");
        }

        var found = await isochrones.ForAsync(null, chosen.Length > 0 ? chosen : null, limit, cancellationToken);
        var features = new JsonArray([.. found.Where(i => i.Geometry is not null).Select(i => (JsonNode)new JsonObject
        {
            ["type"] = "Feature",
            ["geometry"] = JsonNode.Parse(i.Geometry!.Value.Json),
            ["properties"] = new JsonObject
            {
                ["stationId"] = i.StationId, ["code"] = i.StationCode, ["name"] = i.StationName, ["kind"] = i.Kind, ["minutes"] = limit,
            },
        })]);
        return Results.Text(new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString(), "application/geo+json");
    }
}
