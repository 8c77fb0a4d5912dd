using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using FireMap.Api.Changes;
using FireMap.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FireMap.Api.Tests.Records;

/// <summary>updateBuilding, updateCompound and updatePlace: the change, its audit, CONFLICT on a stale version, roles and scope. Each test puts the rows back.</summary>
[Collection(FireMapServerCollection.Name)]
public sealed class RecordEditTests(FireMapServerFixture server) : IAsyncLifetime
{
    private const string UpdateBuilding = """
        mutation($id: ID!, $input: UpdateBuildingInput!, $v: Int!) {
          updateBuilding(id: $id, input: $input, expectedVersion: $v) { id managementUnit maintenanceUnit alarmSystem occupants changedUse version }
        }
        """;

    private const string UpdateCompound = """
        mutation($id: ID!, $input: UpdateCompoundInput!, $v: Int!) {
          updateCompound(id: $id, input: $input, expectedVersion: $v) { id propertyManagementUnit maintenanceUnit version }
        }
        """;

    private long _building;
    private long _outside;
    private long _compound;
    private string _buildingRow = "";
    private string _compoundRow = "";
    private long _maxAudit;
    private long _place;
    private string _placeRow = "";

    public async Task InitializeAsync()
    {
        var community = server.Accounts["community"].CommunityCode!;
        _building = await ScalarAsync<long>("""
            SELECT b.id FROM buildings b JOIN compounds x ON x.id = b.compound_id JOIN grids g ON g.id = x.grid_id
            WHERE g.code = @v ORDER BY b.id LIMIT 1
            """, server.Accounts["grid"].GridCodes[0]);
        _outside = await ScalarAsync<long>("SELECT b.id FROM buildings b JOIN communities c ON c.id = b.community_id WHERE c.code <> @v ORDER BY b.id LIMIT 1", community);
        _compound = await ScalarAsync<long>("SELECT compound_id FROM buildings WHERE id = @v::bigint", _building.ToString());
        _buildingRow = await ScalarAsync<string>("SELECT to_jsonb(b)::text FROM buildings b WHERE id = @v::bigint", _building.ToString());
        _compoundRow = await ScalarAsync<string>("SELECT to_jsonb(x)::text FROM compounds x WHERE id = @v::bigint", _compound.ToString());
        _place = await ScalarAsync<long>("SELECT p.id FROM places p JOIN communities c ON c.id = p.community_id WHERE c.code = @v ORDER BY p.id LIMIT 1", community);
        _placeRow = await ScalarAsync<string>("SELECT to_jsonb(p)::text FROM places p WHERE id = @v::bigint", _place.ToString());
        _maxAudit = await ScalarAsync<long>("SELECT COALESCE(max(id), 0) FROM audit_log");
    }

    public async Task DisposeAsync()
    {
        await using var command = server.DataSource.CreateCommand("""
            UPDATE buildings b SET management_unit = o.management_unit, maintenance_unit = o.maintenance_unit, chief_name = o.chief_name,
                   chief_phone = o.chief_phone, alarm_system = o.alarm_system, smoke_control_system = o.smoke_control_system,
                   sprinkler_system = o.sprinkler_system, hydrant_system = o.hydrant_system, changed_use = o.changed_use,
                   mixed_use = o.mixed_use, occupants = o.occupants
            FROM jsonb_populate_record(NULL::buildings, @b::jsonb) o WHERE b.id = o.id;
            UPDATE compounds x SET property_management_unit = o.property_management_unit, maintenance_unit = o.maintenance_unit
            FROM jsonb_populate_record(NULL::compounds, @x::jsonb) o WHERE x.id = o.id;
            UPDATE places p SET responsible_unit = o.responsible_unit, self_inspection_date = o.self_inspection_date
            FROM jsonb_populate_record(NULL::places, @p::jsonb) o WHERE p.id = o.id;
            DELETE FROM audit_log WHERE id > @audit AND entity IN ('building', 'compound', 'place');
            """);
        command.Parameters.AddWithValue("b", _buildingRow);
        command.Parameters.AddWithValue("x", _compoundRow);
        command.Parameters.AddWithValue("p", _placeRow);
        command.Parameters.AddWithValue("audit", _maxAudit);
        await command.ExecuteNonQueryAsync();
        await server.Services.GetRequiredService<DataChanges>().CompoundChangedAsync(_compound);
    }

    [Fact]
    public async Task Building_update_by_grid_worker_changes_fields_and_is_audited()
    {
        var version = await VersionAsync("buildings", _building);
        var input = new { managementUnit = " 测试管理单位 ", alarmSystem = "FAULT", occupants = 321, changedUse = true, chiefName = "王测试", chiefPhone = "138 0000 0000" };
        var updated = Data(await AsAsync("grid", UpdateBuilding, new { id = _building.ToString(), input, v = version })).GetProperty("updateBuilding");

        Assert.Equal(("测试管理单位", "FAULT", 321, version + 1), (updated.GetProperty("managementUnit").GetString(), updated.GetProperty("alarmSystem").GetString(),
            updated.GetProperty("occupants").GetInt32(), updated.GetProperty("version").GetInt32()));
        var chief = Data(await AsAsync("admin", "query($id: ID!) { building(id: $id) { chief { name phone } } }", new { id = _building.ToString() }))
            .GetProperty("building").GetProperty("chief");
        Assert.Equal(("王测试", "138 0000 0000"), (chief.GetProperty("name").GetString(), chief.GetProperty("phone").GetString()));
        Assert.True(await ScalarAsync<bool>("""
            SELECT after->>'management_unit' = '测试管理单位' AND (before->>'occupants')::int <> 321 AND (after->>'occupants')::int = 321
            FROM audit_log WHERE entity = 'building' AND action = 'update' AND entity_id = @v::bigint ORDER BY id DESC LIMIT 1
            """, _building.ToString()));
    }

    [Fact]
    public async Task Building_update_audit_keeps_chief_name_and_phone_out_and_says_they_changed()
    {
        var version = await VersionAsync("buildings", _building);
        var input = new { chiefName = "赵审计", chiefPhone = "139 1234 5678", occupants = 77 };
        Data(await AsAsync("admin", UpdateBuilding, new { id = _building.ToString(), input, v = version }));

        var row = await ScalarAsync<string>("""
            SELECT jsonb_build_object('before', before, 'after', after)::text
            FROM audit_log WHERE entity = 'building' AND action = 'update' AND entity_id = @v::bigint ORDER BY id DESC LIMIT 1
            """, _building.ToString());
        Assert.DoesNotContain("赵审计", row, StringComparison.Ordinal);
        Assert.DoesNotContain("139 1234 5678", row, StringComparison.Ordinal);
        using var audit = JsonDocument.Parse(row);
        var after = audit.RootElement.GetProperty("after");
        Assert.Equal("[personal]", after.GetProperty("chief_name").GetString());
        Assert.Equal("[personal]", after.GetProperty("chief_phone").GetString());
        Assert.Equal(77, after.GetProperty("occupants").GetInt32());
        var changed = after.GetProperty("personal_changed").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("chief_name", changed);
        Assert.Contains("chief_phone", changed);

        // The same chief again: still redacted, and nothing personal changed.
        Data(await AsAsync("admin", UpdateBuilding, new { id = _building.ToString(), input = new { chiefName = "赵审计" }, v = version + 1 }));
        Assert.Equal("[]", await ScalarAsync<string>("""
            SELECT (after -> 'personal_changed')::text FROM audit_log
            WHERE entity = 'building' AND action = 'update' AND entity_id = @v::bigint ORDER BY id DESC LIMIT 1
            """, _building.ToString()));
    }

    [Fact]
    public async Task Migration_redacts_personal_data_in_audit_rows_written_before()
    {
        var id = await ScalarAsync<long>("""
            INSERT INTO audit_log (actor, action, entity, entity_id, before, after)
            VALUES ('test', 'update', 'building', @v::bigint,
                    '{"id": 1, "chief_name": null, "chief_phone": "13800000001", "occupants": 1}',
                    '{"id": 1, "chief_name": "钱旧", "chief_phone": "13800000001", "occupants": 2}')
            RETURNING id
            """, _building.ToString());
        var migration = await File.ReadAllTextAsync(Path.Combine(server.Root, "src", "Api", "Database", "Migrations", "0012_redact_personal_audit.sql"));
        await using (var command = server.DataSource.CreateCommand(migration))
        {
            await command.ExecuteNonQueryAsync();
        }

        var row = await ScalarAsync<string>("SELECT jsonb_build_object('before', before, 'after', after)::text FROM audit_log WHERE id = @v::bigint", id.ToString(CultureInfo.InvariantCulture));
        Assert.DoesNotContain("钱旧", row, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000001", row, StringComparison.Ordinal);
        using var audit = JsonDocument.Parse(row);
        Assert.Equal(JsonValueKind.Null, audit.RootElement.GetProperty("before").GetProperty("chief_name").ValueKind);
        Assert.Equal("[personal]", audit.RootElement.GetProperty("after").GetProperty("chief_name").GetString());
        Assert.Equal(["chief_name"], audit.RootElement.GetProperty("after").GetProperty("personal_changed").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Building_update_with_stale_version_or_outside_scope_is_refused_and_writes_nothing()
    {
        var version = await VersionAsync("buildings", _building);
        var input = new { managementUnit = "不应写入" };
        Assert.Equal("CONFLICT", Code(await AsAsync("admin", UpdateBuilding, new { id = _building.ToString(), input, v = version - 1 })));
        Assert.Equal("FORBIDDEN", Code(await AsAsync("viewer", UpdateBuilding, new { id = _building.ToString(), input, v = version })));
        Assert.Equal("FORBIDDEN", Code(await AsAsync("station", UpdateBuilding, new { id = _building.ToString(), input, v = version })));
        Assert.Equal("FORBIDDEN", Code(await AsAsync("community", UpdateBuilding, new { id = _outside.ToString(), input, v = await VersionAsync("buildings", _outside) })));
        Assert.Equal("BAD_USER_INPUT", Code(await AsAsync("admin", UpdateBuilding, new { id = _building.ToString(), input = new { chiefPhone = "call me" }, v = version })));
        Assert.Equal("BAD_USER_INPUT", Code(await AsAsync("admin", UpdateBuilding, new { id = _building.ToString(), input = new { occupants = -1 }, v = version })));
        Assert.Equal(version, await VersionAsync("buildings", _building));
        Assert.Equal(0, await ScalarAsync<long>("SELECT count(*) FROM buildings WHERE management_unit = @v", "不应写入"));
    }

    [Fact]
    public async Task Compound_update_clears_maintenance_contractor_and_the_inventory_flags_it()
    {
        var version = await VersionAsync("compounds", _compound);
        var updated = Data(await AsAsync("community", UpdateCompound, new { id = _compound.ToString(), input = new { maintenanceUnit = "", propertyManagementUnit = "测试物业" }, v = version }))
            .GetProperty("updateCompound");
        Assert.Equal(JsonValueKind.Null, updated.GetProperty("maintenanceUnit").ValueKind);
        Assert.Equal(("测试物业", version + 1), (updated.GetProperty("propertyManagementUnit").GetString(), updated.GetProperty("version").GetInt32()));
        Assert.Equal("CONFLICT", Code(await AsAsync("community", UpdateCompound, new { id = _compound.ToString(), input = new { maintenanceUnit = "x" }, v = version })));

        using var client = server.CreateClient("community");
        var csv = await client.GetStringAsync(new Uri("/api/exports/lists/inventory.csv", UriKind.Relative));
        var name = await ScalarAsync<string>("SELECT name FROM compounds WHERE id = @v::bigint", _compound.ToString());
        Assert.Contains(csv.Split('\n'), line => line.Contains($",{name},", StringComparison.Ordinal) && line.Contains("缺维保单位", StringComparison.Ordinal)
            && line.Contains("测试物业", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Place_update_sets_responsible_unit_and_self_inspection_date()
    {
        const string update = """
            mutation($id: ID!, $input: UpdatePlaceInput!, $v: Int!) {
              updatePlace(id: $id, input: $input, expectedVersion: $v) { id responsibleUnit selfInspectionDate version }
            }
            """;
        var version = await VersionAsync("places", _place);
        var updated = Data(await AsAsync("community", update, new { id = _place.ToString(), input = new { responsibleUnit = "测试责任单位", selfInspectionDate = "2026-12-01" }, v = version }))
            .GetProperty("updatePlace");
        Assert.Equal(("测试责任单位", "2026-12-01", version + 1), (updated.GetProperty("responsibleUnit").GetString(),
            updated.GetProperty("selfInspectionDate").GetString(), updated.GetProperty("version").GetInt32()));
        Assert.Equal("CONFLICT", Code(await AsAsync("community", update, new { id = _place.ToString(), input = new { responsibleUnit = "x" }, v = version })));
        Assert.Equal("FORBIDDEN", Code(await AsAsync("analyst", update, new { id = _place.ToString(), input = new { responsibleUnit = "x" }, v = version + 1 })));
        Assert.Equal(1, await ScalarAsync<long>("SELECT count(*) FROM audit_log WHERE entity = 'place' AND entity_id = @v::bigint AND after->>'responsible_unit' = '测试责任单位'",
            _place.ToString()));
    }

    [Fact]
    public async Task Building_list_missing_filter_agrees_with_sql_and_scope()
    {
        const string list = "query($m: [BuildingGap!]) { buildings(missing: $m, first: 500) { totalCount edges { node { managementUnit maintenanceUnit communityCode } } } }";
        var noUnit = Data(await AsAsync("admin", list, new { m = new[] { "MANAGEMENT_UNIT" } })).GetProperty("buildings");
        Assert.Equal(await ScalarAsync<long>("SELECT count(*) FROM buildings WHERE NULLIF(btrim(management_unit), '') IS NULL"), noUnit.GetProperty("totalCount").GetInt32());
        Assert.All(noUnit.GetProperty("edges").EnumerateArray(), e => Assert.Equal(JsonValueKind.Null, e.GetProperty("node").GetProperty("managementUnit").ValueKind));

        var any = Data(await AsAsync("community", list, new { m = new[] { "MANAGEMENT_UNIT", "MAINTENANCE_UNIT", "CHIEF" } })).GetProperty("buildings");
        Assert.Equal(await ScalarAsync<long>("""
            SELECT count(*) FROM buildings b JOIN communities c ON c.id = b.community_id
            WHERE c.code = @v AND (NULLIF(btrim(management_unit), '') IS NULL OR NULLIF(btrim(maintenance_unit), '') IS NULL OR NULLIF(btrim(chief_name), '') IS NULL)
            """, server.Accounts["community"].CommunityCode!), any.GetProperty("totalCount").GetInt32());

        var all = Data(await AsAsync("admin", "{ buildings(first: 1) { totalCount } }", new { })).GetProperty("buildings");
        Assert.Equal(await ScalarAsync<long>("SELECT count(*) FROM buildings"), all.GetProperty("totalCount").GetInt32());
    }

    private Task<int> VersionAsync(string table, long id) => ScalarAsync<int>($"SELECT version FROM {table} WHERE id = @v::bigint", id.ToString());

    private async Task<JsonElement> AsAsync(string role, string query, object variables)
    {
        using var client = server.CreateClient(role);
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static JsonElement Data(JsonElement body)
    {
        Assert.False(body.TryGetProperty("errors", out var errors), $"errors: {errors}");
        return body.GetProperty("data");
    }

    private static string? Code(JsonElement body) =>
        body.TryGetProperty("errors", out var errors) ? errors[0].GetProperty("extensions").GetProperty("code").GetString() : null;

    private async Task<T> ScalarAsync<T>(string sql, string? value = null)
    {
        await using var command = server.DataSource.CreateCommand(sql);
        if (value is not null)
        {
            command.Parameters.AddWithValue("v", value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }
}
