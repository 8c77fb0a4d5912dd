using FireMap.Api.Access;
using FireMap.Api.Accounts;
using FireMap.Api.Blockages;
using FireMap.Api.Buildings;
using FireMap.Api.Campaigns;
using FireMap.Api.Changes;
using FireMap.Api.Compounds;
using FireMap.Api.Compression;
using FireMap.Api.Coverage;
using FireMap.Api.Dashboard;
using FireMap.Api.Database;
using FireMap.Api.Duty;
using FireMap.Api.Enforcement;
using FireMap.Api.Errors;
using FireMap.Api.FieldWork;
using FireMap.Api.FireLanes;
using FireMap.Api.Geocoding;
using FireMap.Api.GraphQL;
using FireMap.Api.GraphQL.Http;
using FireMap.Api.Hazards;
using FireMap.Api.Health;
using FireMap.Api.Idempotency;
using FireMap.Api.Imports;
using FireMap.Api.Incidents;
using FireMap.Api.Jobs;
using FireMap.Api.Layers;
using FireMap.Api.Lists;
using FireMap.Api.Operations;
using FireMap.Api.Outreach;
using FireMap.Api.Photos;
using FireMap.Api.Places;
using FireMap.Api.Plans;
using FireMap.Api.Proximity;
using FireMap.Api.PublicReports;
using FireMap.Api.Reports;
using FireMap.Api.Risk;
using FireMap.Api.Security;
using FireMap.Api.Stations;
using FireMap.Api.Telemetry;
using FireMap.Api.Units;
using FireMap.Api.Vocabulary;
using FireMap.Api.Web;
using FireMap.Api.Webhooks;

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
        builder.AddFireMapTelemetry();
        builder.AddFireMapSecurity();
        builder.AddProblemBodies();
        builder.AddResponseCompressionForData();
        builder.AddDatabase();
        builder.AddChanges();
        builder.AddAccess();
        builder.AddJobs();
        builder.AddFireMapGraphQL();
        builder.Services.AddGraphQLHttp();
        builder.Services.Configure<GraphQLHttpOptions>(builder.Configuration.GetSection("FireMap:GraphQL"));
        builder.AddIdempotency();

        // Features. Imports come first: their start-up step loads the demo data into an empty
        // database, and the start-up steps of the features after it (risk run, accounts) need the data.
        builder.AddImports();
        builder.AddLayers();
        builder.AddBuildings();
        builder.AddCompounds();
        builder.AddPlaces();
        builder.AddStations();
        builder.AddFireLanes();
        builder.AddBlockages();
        builder.AddHazards();
        builder.AddFieldWork();
        builder.AddLists();
        builder.AddPhotos();
        builder.AddPlans();
        builder.AddCampaigns();
        builder.AddUnits();
        builder.AddOutreach();
        builder.AddEnforcement();
        builder.AddReports();
        builder.AddDashboard();
        builder.AddProximity();
        builder.AddCoverage();
        builder.AddGeocoding();
        builder.AddRisk();
        builder.AddAccounts();
        builder.AddOperations();
        builder.AddPublicReports();
        builder.AddWebhooks();
        builder.AddIncidents();
        builder.AddDuty();

        var app = builder.Build();
        app.UseGracefulStop();
        app.UseFireMapSecurity();
        app.UseProblemBodies();
        app.UseRejections();
        app.UseDatabaseOutages();
        app.UseReadYourWrites();
        app.UseResponseCompression();

        // The map's static files (and its sign-in form) are public; everything after needs a signed-in user.
        app.UseWeb();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRequestLog();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseIdempotency();
        app.UseExportsOnStandby();

        app.MapHealth();
        app.MapAccounts();
        app.MapVocabulary();
        app.MapGroup("").Allow(AccessRule.Read).MapGraphQLHttp("/graphql");
        app.MapGroup("").Allow(AccessRule.Read).MapGraphQLSchemaDocument("/graphql/schema.graphql");
        app.MapLayers();
        app.MapTiles();
        app.MapBlockages();
        app.MapHazards();
        app.MapFieldWork();
        app.MapLists();
        app.MapPhotos();
        app.MapProximity();
        app.MapCoverage();
        app.MapRisk();
        app.MapReports();
        app.MapUnits();
        app.MapOutreach();
        app.MapEnforcement();
        app.MapImports();
        app.MapOperations();
        app.MapPublicReports();
        app.MapIncidents();
        app.MapDuty();
        app.MapFireMapTelemetry();
        return app;
    }
}
