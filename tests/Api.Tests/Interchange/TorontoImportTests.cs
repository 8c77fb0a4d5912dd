using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FireMap.Spatial.Geodesy;

namespace FireMap.Api.Tests.Interchange;

/// <summary>
/// The real Toronto and Mississauga files import as a new user would bring them: the layer chosen,
/// fields mapped by a saved mapping (the stations have no name field and MultiPoint geometry), a
/// dry run that writes nothing, then the import, a re-import that changes nothing, and a changed
/// file that updates only what changed.
/// </summary>
public sealed class TorontoImportTests(TorontoServerFixture server) : IClassFixture<TorontoServerFixture>
{
    private const string StationsFile = "City_of_Toronto_data_Fire_Stations.geojson";

    private const string StationMapping = """
        {
          "layer": "stations",
          "fields": { "ADDRESS": "address", "TYPE_DESC": "kind" },
          "templates": { "code": "TFS-{ID}", "name": "Toronto Fire Station {STATION}" },
          "values": { "kind": { "Fire Station": "fire_station", "Ops Training": "volunteer_team" } },
          "ignore": ["_id", "OBJECTID"]
        }
        """;

    private readonly InterchangeApi _api = new(server);

    [RealDataFact]
    public async Task Toronto_stations_import_with_a_saved_mapping_then_update_only_what_changed()
    {
        var file = RealData.Read("toronto_fire", StationsFile);
        using (var client = server.CreateClient())
        {
            client.DefaultRequestHeaders.Add("X-FireMap-Request", "1");
            using var saved = await client.PutAsync(new Uri("/api/imports/mappings/toronto-stations", UriKind.Relative),
                new StringContent(StationMapping, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        var (dryStatus, dry) = await _api.ImportAsync("stations", "fire stations.geojson", file, "?dryRun=true&mapping=toronto-stations");
        Assert.True(dryStatus == HttpStatusCode.OK, dry.ToString());
        Assert.Equal(85, dry.GetProperty("inserted").GetInt32());
        Assert.Equal(0L, await _api.ScalarAsync<long>("SELECT count(*) FROM stations"));
        var fields = dry.GetProperty("layers")[0].GetProperty("fields");
        Assert.Equal("ADDRESS", fields.GetProperty("mapped").GetProperty("address").GetString());
        Assert.Contains("WARD_NAME", fields.GetProperty("ignored").EnumerateArray().Select(e => e.GetString()));

        var (status, report) = await _api.ImportAsync("stations", "fire stations.geojson", file, "?mapping=toronto-stations");
        Assert.True(status == HttpStatusCode.OK, report.ToString());
        Assert.Equal(85L, await _api.ScalarAsync<long>("SELECT count(*) FROM stations"));
        Assert.Equal("Toronto Fire Station 211", await _api.ScalarAsync<string>("SELECT name FROM stations WHERE code = 'TFS-83'"));
        Assert.Equal("volunteer_team", await _api.ScalarAsync<string>("SELECT kind FROM stations WHERE address = '25 Old Eglinton Ave'"));
        await AssertPositionsAsync(JsonNode.Parse(file)!);

        var (againStatus, again) = await _api.ImportAsync("stations", "fire stations.geojson", file, "?mode=upsert&mapping=toronto-stations");
        Assert.True(againStatus == HttpStatusCode.OK, again.ToString());
        Assert.Equal((0, 0, 85), (again.GetProperty("inserted").GetInt32(), again.GetProperty("updated").GetInt32(), again.GetProperty("unchanged").GetInt32()));

        // Station 211 moves about 10 m north and another gets a new address; nothing else changes.
        var changed = JsonNode.Parse(file)!;
        var features = changed["features"]!.AsArray();
        var moved = features.First(f => f!["properties"]!["ID"]?.GetValue<int>() == 83)!;
        var point = moved["geometry"]!["coordinates"]![0]!.AsArray();
        point[1] = point[1]!.GetValue<double>() + 0.00009;
        var renamed = features.First(f => f!["properties"]!["ID"]?.GetValue<int>() == 1)!;
        renamed["properties"]!["ADDRESS"] = "1 Changed Ave";
        var versions = await VersionsAsync();

        var (updateStatus, update) = await _api.ImportAsync("stations", "fire stations.geojson", Encoding.UTF8.GetBytes(changed.ToJsonString()),
            "?mode=upsert&mapping=toronto-stations");

        Assert.True(updateStatus == HttpStatusCode.OK, update.ToString());
        Assert.Equal(["TFS-1", "TFS-83"], update.GetProperty("layers")[0].GetProperty("updated").EnumerateArray().Select(e => e.GetString()).Order());
        Assert.Equal(83, update.GetProperty("unchanged").GetInt32());
        var after = await VersionsAsync();
        Assert.All(versions, pair => Assert.Equal(pair.Key is "TFS-1" or "TFS-83" ? pair.Value + 1 : pair.Value, after[pair.Key]));
        Assert.Equal("1 Changed Ave", await _api.ScalarAsync<string>("SELECT address FROM stations WHERE code = 'TFS-1'"));
    }

    [RealDataFact]
    public async Task Toronto_stations_dry_run_with_an_incomplete_mapping_reports_every_problem_and_writes_nothing()
    {
        var file = RealData.Read("toronto_fire", StationsFile);
        const string Mapping = """{ "fields": { "TYPE_DESC": "kind" }, "templates": { "code": "X-{ID}" } }""";
        var before = await _api.ScalarAsync<long>("SELECT count(*) FROM stations");

        var (status, report) = await _api.ImportAsync("stations", "stations.geojson", file, "?dryRun=true", Mapping);

        Assert.True(status == HttpStatusCode.OK, report.ToString());
        Assert.False(report.GetProperty("valid").GetBoolean());
        var errors = report.GetProperty("errors").EnumerateArray().ToList();
        // Every record lacks a name (ADDRESS feeds address by its name alone), and every kind is a word, not a code.
        Assert.Equal(85 * 2, errors.Count);
        Assert.Equal(85, errors.Count(e => e.GetProperty("field").GetString() == "name"));
        Assert.Contains(errors, e => e.GetProperty("field").GetString() == "kind" && e.GetProperty("value").GetString() == "Ops Training");
        Assert.Equal(85, report.GetProperty("refused").GetInt32());
        Assert.Equal(before, await _api.ScalarAsync<long>("SELECT count(*) FROM stations"));
    }

    [RealDataFact]
    public async Task Toronto_service_areas_and_mississauga_stations_import_with_mappings()
    {
        const string Areas = """{ "templates": { "code": "TFRA-{AREA_NAME}", "name": "Fire service area {AREA_NAME}" } }""";
        var (status, report) = await _api.ImportAsync("communities", "service_areas.geojson",
            RealData.Read("toronto_fire", "City_of_Toronto_data_Service_Areas.geojson"), "?mode=upsert", Areas);
        Assert.True(status == HttpStatusCode.OK, report.ToString());
        Assert.Equal(84L, await _api.ScalarAsync<long>("SELECT count(*) FROM communities WHERE code LIKE 'TFRA-%'"));

        const string Mississauga = """
            { "fields": { "LANDMARKNA": "name" }, "templates": { "code": "MFS-{LANDMARKTY}", "address": "{LANDMARKNA}, Mississauga" },
              "constants": { "kind": "fire_station" } }
            """;
        var file = RealData.Read("toronto_fire", "City_of_Mississauga_data_Fire_Stations.geojson");
        (status, report) = await _api.ImportAsync("stations", "mississauga.geojson", file, "?mode=upsert", Mississauga);
        Assert.True(status == HttpStatusCode.OK, report.ToString());
        Assert.Equal(21L, await _api.ScalarAsync<long>("SELECT count(*) FROM stations WHERE code LIKE 'MFS-%'"));
        Assert.Equal("Airport Fire Station #119", await _api.ScalarAsync<string>("SELECT name FROM stations WHERE code = 'MFS-119'"));
    }

    private async Task<Dictionary<string, int>> VersionsAsync()
    {
        var versions = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var command = server.DataSource.CreateCommand("SELECT code, version FROM stations WHERE code LIKE 'TFS-%'");
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            versions[reader.GetString(0)] = reader.GetInt32(1);
        }

        return versions;
    }

    // Each stored station lies within 0.01 m of the file's position (WGS84 in, WGS84 stored).
    private async Task AssertPositionsAsync(JsonNode file)
    {
        await using var command = server.DataSource.CreateCommand("SELECT code, ST_X(geom), ST_Y(geom) FROM stations WHERE code LIKE 'TFS-%'");
        await using var reader = await command.ExecuteReaderAsync();
        var stored = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            stored[reader.GetString(0)] = (reader.GetDouble(1), reader.GetDouble(2));
        }

        foreach (var feature in file["features"]!.AsArray())
        {
            var code = "TFS-" + feature!["properties"]!["ID"]?.GetValue<int>().ToString(CultureInfo.InvariantCulture);
            var position = feature["geometry"]!["coordinates"]![0]!.AsArray();
            var (x, y) = stored[code];
            Assert.True(Geodesic.DistanceMeters(x, y, position[0]!.GetValue<double>(), position[1]!.GetValue<double>()) < 0.01, code);
        }
    }
}
