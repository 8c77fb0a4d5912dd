using FireMap.Api.Blockages;
using FireMap.Api.Buildings;
using FireMap.Api.Compounds;
using FireMap.Api.Database;
using FireMap.Api.Errors;
using FireMap.Api.FireLanes;
using FireMap.Api.Geocoding;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Http;
using FireMap.Api.Health;
using FireMap.Api.Imports;
using FireMap.Api.Layers;
using FireMap.Api.Proximity;
using FireMap.Api.Risk;
using FireMap.Api.Security;
using FireMap.Api.Stations;
using FireMap.Api.Vocabulary;
using FireMap.Api.Web;

namespace FireMap.Api;

/// <summary>
/// Composes the service. Reads as a table of contents: the shared plumbing, then each feature adds
/// its services and maps its endpoints. Tests build the same application with their own configuration.
/// </summary>
public static class FireMapApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // appsettings.json ships beside the assembly; reading it from there gives the same log
        // levels and settings whatever folder the service is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);

        // Shared plumbing.
        builder.AddFireMapSecurity();
        builder.AddProblemBodies();
        builder.AddDatabase();
        builder.AddFireMapGraphQL();
        builder.Services.AddGraphQLHttp();
        builder.Services.Configure<GraphQLHttpOptions>(builder.Configuration.GetSection("FireMap:GraphQL"));

        // Features.
        builder.AddBuildings();
        builder.AddCompounds();
        builder.AddStations();
        builder.AddFireLanes();
        builder.AddBlockages();
        builder.AddProximity();
        builder.AddGeocoding();
        // Imports before Risk: hosted services start in registration order, and the demo data
        // must be loaded before Risk computes today's run at start-up.
        builder.AddImports();
        builder.AddRisk();

        var app = builder.Build();
        app.UseFireMapSecurity();
        app.UseProblemBodies();
        app.UseRejections();

        app.MapHealth();
        app.MapVocabulary();
        app.MapGraphQLHttp("/graphql");
        app.MapLayers();
        app.MapBlockages();
        app.MapProximity();
        app.MapRisk();
        app.MapImports();
        app.MapWeb();
        return app;
    }
}
