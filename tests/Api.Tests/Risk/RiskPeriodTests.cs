using System.Globalization;
using System.Text.Json;
using FireMap.Api.Tests.Accounts;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Risk;

/// <summary>
/// The periods of raised risk live in the database: seeded from the model file (whose version stays in force
/// while they are unchanged), and a change gives the model a new version whose run for today is computed
/// before it is put in force; undoing the change brings the file's version back.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class RiskPeriodTests(FireMapServerFixture server)
{
    private const string SavePeriod = """
        mutation($id: ID, $input: RiskPeriodInput!, $v: Int!) {
          saveRiskPeriod(id: $id, input: $input, expectedVersion: $v) { id name kind startsOn endsOn factor version updatedBy }
        }
        """;

    private readonly AccountApi _api = new(server);

    [Fact]
    public async Task A_period_change_makes_a_new_model_version_with_its_run_and_undoing_it_restores_the_file_version()
    {
        var fileVersion = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Find(), "data", "risk", "model-v2.json")))
            .RootElement.GetProperty("version").GetString();
        Assert.Equal(fileVersion, await VersionAsync());
        var listed = await _api.AsAsync("viewer", "{ riskPeriods { name kind factor } }");
        Assert.Contains(listed.GetProperty("data").GetProperty("riskPeriods").EnumerateArray(), p => p.GetProperty("name").GetString()!.StartsWith("春节", StringComparison.Ordinal));

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var input = new { name = "检验用重大活动", kind = "MAJOR_EVENT", startsOn = day, endsOn = day, factor = 1.5 };
        var saved = await _api.AsAsync("subdistrict", SavePeriod, new { id = (string?)null, input, v = 0 });
        Assert.Null(AccountApi.ErrorCode(saved));
        var period = saved.GetProperty("data").GetProperty("saveRiskPeriod");
        var id = period.GetProperty("id").GetString()!;
        try
        {
            Assert.Equal(1.5, period.GetProperty("factor").GetDouble());
            var changed = await VersionAsync();
            Assert.StartsWith($"{fileVersion}.", changed, StringComparison.Ordinal);
            Assert.Equal("configuration", await _api.ScalarAsync<string>(
                "SELECT trigger FROM risk_runs WHERE model_version = @v AND as_of = @d", ("v", changed), ("d", today)));

            // Every likelihood point is raised by half today, so the scores rise.
            var raised = await SumAsync(changed, today);
            var ordinary = await SumAsync(fileVersion!, today);
            Assert.True(raised > ordinary, $"scores under {changed} ({raised}) should exceed those under {fileVersion} ({ordinary})");
            Assert.Equal(1, await _api.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE entity = 'risk_period' AND entity_id = @id AND action = 'create'",
                ("id", long.Parse(id, CultureInfo.InvariantCulture))));

            var stale = await _api.AsAsync("subdistrict", SavePeriod, new { id, input = input with { factor = 1.2 }, v = 7 });
            Assert.Equal("CONFLICT", AccountApi.ErrorCode(stale));
            var weak = await _api.AsAsync("subdistrict", SavePeriod, new { id, input = input with { factor = 0.5 }, v = 1 });
            Assert.Equal("BAD_USER_INPUT", AccountApi.ErrorCode(weak));
            var backwards = await _api.AsAsync("subdistrict", SavePeriod, new { id, input = input with { endsOn = "2000-01-01" }, v = 1 });
            Assert.Equal("BAD_USER_INPUT", AccountApi.ErrorCode(backwards));
            Assert.Equal(changed, await VersionAsync());
        }
        finally
        {
            var deleted = await _api.AsAsync("subdistrict", "mutation($id: ID!) { deleteRiskPeriod(id: $id, expectedVersion: 1) }", new { id });
            Assert.Null(AccountApi.ErrorCode(deleted));
        }

        Assert.Equal(fileVersion, await VersionAsync());
    }

    private async Task<string> VersionAsync() =>
        (await _api.AsAsync("viewer", "{ riskModelVersion }")).GetProperty("data").GetProperty("riskModelVersion").GetString()!;

    private Task<double> SumAsync(string version, DateOnly asOf) => _api.ScalarAsync<double>(
        "SELECT sum(s.score)::float8 FROM compound_risk_scores s JOIN risk_runs r ON r.id = s.run_id WHERE r.model_version = @v AND r.as_of = @d",
        ("v", version), ("d", asOf));
}
