using System.Globalization;
using System.Text.Json;
using FireMap.Api.Tests.Accounts;
using FireMap.TestHost;
using MiniExcelLibs;

namespace FireMap.Api.Tests.Units;

/// <summary>
/// The unit register against the real server: the demo units, the list and its filters against independent SQL (the
/// two concerns included), create and update with expectedVersion and audit (personal columns redacted), scope,
/// audited reads of the responsible person and manager, the map layer and the list export.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed class UnitRegisterTests(FireMapServerFixture server)
{
    private const string Create = """
        mutation($input: UnitInput!) { createUnit(input: $input) { id code name kind keyUnit communityCode gridCode version
            premises { placeId buildingId code } trainings { kind people } concerns commitment { signedOn nextDue posted overdue } } }
        """;

    private const string Update = "mutation($id: ID!, $v: Int!, $input: UnitInput!) { updateUnit(id: $id, expectedVersion: $v, input: $input) { id name version keyUnit } }";

    private readonly AccountApi _api = new(server);

    [Fact]
    public async Task Units_demo_register_and_filters_equal_independent_counts()
    {
        var all = await _api.ScalarAsync<long>("SELECT count(*) FROM units");
        Assert.True(all >= 100, $"only {all} demo units");
        Assert.Equal(all, await TotalAsync("admin", "{}"));
        Assert.Equal(await _api.ScalarAsync<long>("SELECT count(*) FROM units WHERE is_key_unit"), await TotalAsync("admin", "{ keyUnit: true }"));
        Assert.Equal(await _api.ScalarAsync<long>("SELECT count(*) FROM units WHERE kind IN ('restaurant', 'hotel')"),
            await TotalAsync("admin", "{ kind: [RESTAURANT, HOTEL] }"));

        // Converted industrial buildings used as crowded places, counted another way: buildings first, then who is in them.
        var converted = await _api.ScalarAsync<long>("""
            WITH industrial AS (SELECT id FROM buildings WHERE use_class IN ('industrial', 'warehouse')),
            occupied AS (
                SELECT up.unit_id, u.kind, NULL::text AS category FROM unit_premises up JOIN units u ON u.id = up.unit_id
                WHERE up.building_id IN (SELECT id FROM industrial)
                UNION ALL
                SELECT up.unit_id, u.kind, p.category FROM unit_premises up JOIN units u ON u.id = up.unit_id JOIN places p ON p.id = up.place_id
                WHERE p.building_id IN (SELECT id FROM industrial))
            SELECT count(DISTINCT unit_id) FROM occupied
            WHERE kind IN ('school', 'hospital', 'elderly_care', 'hotel', 'restaurant', 'entertainment', 'market')
               OR category IN ('hotel', 'restaurant', 'market', 'mall', 'entertainment', 'school', 'hospital', 'elderly_care', 'escape_room')
            """);
        Assert.True(converted >= 3, "the demo set has converted industrial buildings in use as crowded places");
        Assert.Equal(converted, await TotalAsync("admin", "{ concern: CONVERTED_INDUSTRIAL }"));

        var highRise = await _api.ScalarAsync<long>("""
            SELECT count(DISTINCT u.id) FROM units u JOIN unit_premises up ON up.unit_id = u.id
            LEFT JOIN places p ON p.id = up.place_id JOIN buildings b ON b.id = COALESCE(up.building_id, p.building_id)
            WHERE b.is_high_rise AND (u.kind IN ('restaurant', 'entertainment') OR p.category IN ('restaurant', 'entertainment'))
            """);
        Assert.True(highRise > 0, "the demo set has restaurants or entertainment in high-rises");
        Assert.Equal(highRise, await TotalAsync("admin", "{ concern: HIGH_RISE_DINING_ENTERTAINMENT }"));

        var overdue = await _api.ScalarAsync<long>(
            "SELECT count(*) FROM units WHERE commitment_signed_on IS NULL OR commitment_next_due < (now() AT TIME ZONE 'Asia/Shanghai')::date");
        Assert.Equal(overdue, await TotalAsync("admin", "{ commitmentOverdue: true }"));
    }

    [Fact]
    public async Task CreateUnit_then_update_is_versioned_audited_and_redacted()
    {
        var place = await _api.ScalarAsync<long>("SELECT p.id FROM places p WHERE p.category = 'restaurant' ORDER BY p.id LIMIT 1");
        var created = await _api.AsAsync("subdistrict", Create, new
        {
            input = new
            {
                name = "测试餐馆", kind = "RESTAURANT", keyUnit = false, placeIds = new[] { Id(place) }, responsibleName = "赵某某", responsiblePhone = "138 0000 0001",
                commitmentSignedOn = "2026-11-01", commitmentNextDue = "2027-11-01", commitmentPosted = true,
                trainings = new[] { new { kind = "ELECTRICIAN", people = 2, trainedOn = "2026-11-02" } },
            },
        });
        Assert.Null(AccountApi.ErrorCode(created));
        var unit = created.GetProperty("data").GetProperty("createUnit");
        var id = long.Parse(unit.GetProperty("id").GetString()!, CultureInfo.InvariantCulture);
        Assert.StartsWith("DW", unit.GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.Equal(Id(place), unit.GetProperty("premises")[0].GetProperty("placeId").GetString());
        Assert.Equal(2, unit.GetProperty("trainings")[0].GetProperty("people").GetInt32());
        Assert.False(unit.GetProperty("commitment").GetProperty("overdue").GetBoolean());
        Assert.Equal(await _api.ScalarAsync<string>("SELECT c.code FROM places p JOIN communities c ON c.id = p.community_id WHERE p.id = @p", ("p", place)),
            unit.GetProperty("communityCode").GetString());

        // The audit says a responsible person was set, never who.
        var audit = await _api.ScalarAsync<string>("SELECT after::text FROM audit_log WHERE entity = 'unit' AND entity_id = @id AND action = 'create'", ("id", id));
        Assert.DoesNotContain("赵某某", audit, StringComparison.Ordinal);
        Assert.Contains("responsible_name", audit, StringComparison.Ordinal);
        Assert.Contains("[personal]", audit, StringComparison.Ordinal);

        var stale = await _api.AsAsync("subdistrict", Update, new { id = Id(id), v = 7, input = new { name = "改名" } });
        Assert.Equal("CONFLICT", AccountApi.ErrorCode(stale));
        Assert.Equal("测试餐馆", await _api.ScalarAsync<string>("SELECT name FROM units WHERE id = @id", ("id", id)));

        var updated = await _api.AsAsync("subdistrict", Update, new { id = Id(id), v = 1, input = new { name = "测试餐馆（新）", keyUnit = true } });
        Assert.Null(AccountApi.ErrorCode(updated));
        Assert.Equal(2, updated.GetProperty("data").GetProperty("updateUnit").GetProperty("version").GetInt32());
        Assert.Equal(1L, await _api.ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE entity = 'unit' AND entity_id = @id AND action = 'update'", ("id", id)));
        Assert.Equal("BAD_USER_INPUT", AccountApi.ErrorCode(await _api.AsAsync("subdistrict", Update, new { id = Id(id), v = 2, input = new { name = "" } })));
    }

    [Fact]
    public async Task Community_user_lists_its_units_and_cannot_register_one_elsewhere()
    {
        var community = server.Accounts["community"].CommunityCode!;
        var own = await _api.ScalarAsync<long>("SELECT count(*) FROM units u JOIN communities c ON c.id = u.community_id WHERE c.code = @c", ("c", community));
        Assert.True(own > 0 && own < await _api.ScalarAsync<long>("SELECT count(*) FROM units"));
        Assert.Equal(own, await TotalAsync("community", "{}"));

        var elsewhere = await _api.ScalarAsync<long>("SELECT p.id FROM places p JOIN communities c ON c.id = p.community_id WHERE c.code <> @c ORDER BY p.id LIMIT 1", ("c", community));
        var before = await _api.ScalarAsync<long>("SELECT count(*) FROM units");
        var refused = await _api.AsAsync("community", Create, new { input = new { name = "越界单位", kind = "SHOP", placeIds = new[] { Id(elsewhere) } } });
        Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(refused));
        Assert.Equal(before, await _api.ScalarAsync<long>("SELECT count(*) FROM units"));

        var outside = await _api.ScalarAsync<long>("SELECT u.id FROM units u JOIN communities c ON c.id = u.community_id WHERE c.code <> @c ORDER BY u.id LIMIT 1", ("c", community));
        var read = await _api.AsAsync("community", "query($id: ID!) { unit(id: $id) { id } }", new { id = Id(outside) });
        Assert.Equal(JsonValueKind.Null, read.GetProperty("data").GetProperty("unit").ValueKind);
    }

    [Theory]
    [InlineData("subdistrict", true)]
    [InlineData("community", true)]
    [InlineData("station", false)]
    [InlineData("viewer", false)]
    public async Task Contacts_are_personal_and_every_read_is_audited(string role, bool allowed)
    {
        var community = server.Accounts["community"].CommunityCode!;
        var id = await _api.ScalarAsync<long>("""
            SELECT u.id FROM units u JOIN communities c ON c.id = u.community_id WHERE c.code = @c AND u.responsible_name IS NOT NULL ORDER BY u.id LIMIT 1
            """, ("c", community));
        var reads = await PersonalReadsAsync(role);
        var body = await _api.AsAsync(role, "query($id: ID!) { unit(id: $id) { name contacts { responsibleName managerPhone } } }", new { id = Id(id) });
        Assert.Equal(allowed ? null : "FORBIDDEN", AccountApi.ErrorCode(body));
        Assert.Equal(JsonValueKind.String, body.GetProperty("data").GetProperty("unit").GetProperty("name").ValueKind);
        Assert.Equal(reads + (allowed ? 1 : 0), await PersonalReadsAsync(role));
        if (allowed)
        {
            Assert.EndsWith("某", body.GetProperty("data").GetProperty("unit").GetProperty("contacts").GetProperty("responsibleName").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Grid_worker_gets_forbidden_on_contacts_outside_its_grids()
    {
        var grid = server.Accounts["grid"];
        var id = await _api.ScalarAsync<long>("""
            SELECT u.id FROM units u JOIN communities c ON c.id = u.community_id LEFT JOIN grids g ON g.id = u.grid_id
            WHERE c.code = @c AND (g.code IS NULL OR g.code <> @g) ORDER BY u.id LIMIT 1
            """, ("c", grid.CommunityCode!), ("g", grid.GridCodes[0]));
        var body = await _api.AsAsync("grid", "query($id: ID!) { unit(id: $id) { name contacts { responsibleName } } }", new { id = Id(id) });
        Assert.Equal("FORBIDDEN", AccountApi.ErrorCode(body));
    }

    [Fact]
    public async Task Layer_and_export_list_the_units_in_scope_without_personal_data()
    {
        var community = server.Accounts["community"].CommunityCode!;
        var own = await _api.ScalarAsync<long>("SELECT count(*) FROM units u JOIN communities c ON c.id = u.community_id WHERE c.code = @c", ("c", community));
        using var client = server.CreateClient("community");
        var layer = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/layers/units.geojson", UriKind.Relative))).RootElement;
        Assert.Equal(own, layer.GetProperty("features").GetArrayLength());
        Assert.False(layer.GetProperty("features")[0].GetProperty("properties").TryGetProperty("responsible_name", out _));

        var csv = (await client.GetStringAsync(new Uri("/api/exports/units.csv", UriKind.Relative))).TrimStart('\uFEFF');
        var lines = csv.Split('\n').Where(l => l.Trim().Length > 0).ToList();
        Assert.StartsWith("社区,网格,单位编号,单位名称", lines[0], StringComparison.Ordinal);
        Assert.Equal(own, lines.Count - 1);
        Assert.DoesNotContain("某某", csv, StringComparison.Ordinal);

        using var admin = server.CreateClient("analyst");
        var bytes = await admin.GetByteArrayAsync(new Uri("/api/exports/units.xlsx?concern=converted_industrial", UriKind.Relative));
        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true).ToList();
        Assert.Equal(await TotalAsync("admin", "{ concern: CONVERTED_INDUSTRIAL }"), rows.Count);
    }

    private async Task<long> TotalAsync(string role, string filter)
    {
        var body = await _api.AsAsync(role, $"{{ units(first: 1, filter: {filter}) {{ totalCount }} }}");
        Assert.Null(AccountApi.ErrorCode(body));
        return body.GetProperty("data").GetProperty("units").GetProperty("totalCount").GetInt64();
    }

    private Task<long> PersonalReadsAsync(string role) => _api.ScalarAsync<long>(
        "SELECT count(*) FROM audit_log WHERE action = 'read_personal' AND entity = 'unit_contacts' AND actor = @a", ("a", server.Accounts[role].UserName));

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
