using System.Text.RegularExpressions;
using FireMap.Spatial.Vocabulary;
using FireMap.TestHost;

namespace FireMap.Api.Tests.Vocabulary;

/// <summary>
/// The migrations' CHECK constraints hold code columns to the vocabulary: read from the migrated
/// database, every <c>column IN (…)</c> list equals its code list, and no such list exists that the
/// vocabulary does not know. A code added on one side only fails here.
/// </summary>
[Collection(FireMapServerCollection.Name)]
public sealed partial class CheckConstraintVocabularyTests(FireMapServerFixture server)
{
    private static readonly Dictionary<string, CodeList> _columns = new(StringComparer.Ordinal)
    {
        ["buildings.use_class"] = Codes.UseClass,
        ["buildings.alarm_system"] = Codes.SystemStatus,
        ["buildings.smoke_control_system"] = Codes.SystemStatus,
        ["buildings.sprinkler_system"] = Codes.SystemStatus,
        ["buildings.hydrant_system"] = Codes.SystemStatus,
        ["places.category"] = Codes.PlaceCategory,
        ["stations.kind"] = Codes.StationKind,
        ["hydrants.kind"] = Codes.HydrantKind,
        ["hydrants.status"] = Codes.HydrantStatus,
        ["roads.road_class"] = Codes.RoadClass,
        ["blockages.cause"] = Codes.BlockageCause,
        ["incidents.cause"] = Codes.IncidentCause,
        ["hazards.subject_type"] = Codes.HazardSubjectType,
        ["hazards.category"] = Codes.HazardCategory,
        ["hazards.severity"] = Codes.HazardSeverity,
        ["hazards.status"] = Codes.HazardStatus,
        ["hazard_transitions.action"] = Codes.HazardAction,
        ["hazard_transitions.from_status"] = Codes.HazardStatus,
        ["hazard_transitions.to_status"] = Codes.HazardStatus,
        ["risk_runs.trigger"] = Codes.RiskRunTrigger,
        ["compound_risk_scores.level"] = Codes.RiskLevel,
        ["building_risk_scores.level"] = Codes.RiskLevel,
        ["users.role"] = Codes.Role,
        ["photo_links.record_kind"] = Codes.PhotoRecordKind,
        ["risk_periods.kind"] = Codes.RiskPeriodKind,
        ["monthly_reports.status"] = Codes.ReportStatus,
        ["job_runs.trigger"] = Codes.JobTrigger,
        ["job_runs.outcome"] = Codes.JobOutcome,
        ["coverage_speeds.vehicle"] = Codes.VehicleKind,
        ["coverage_speeds.edge_class"] = Codes.NetworkEdgeClass,
        ["network_edges.edge_class"] = Codes.NetworkEdgeClass,
        ["station_reach_starts.vehicle"] = Codes.VehicleKind,

        ["inspections.subject_type"] = Codes.HazardSubjectType,
        ["inspections.kind"] = Codes.InspectionKind,
        ["inspection_items.result"] = Codes.CheckResult,
        ["vulnerable_residents.category"] = Codes.VulnerableCategory,
        ["visit_checks.item"] = Codes.VisitCheckItem,
        ["visit_checks.result"] = Codes.CheckResult,

        ["units.kind"] = Codes.UnitKind,
        ["unit_trainings.kind"] = Codes.KeyPersonKind,
        ["outreach_activities.kind"] = Codes.OutreachKind,
        ["outreach_targets.kind"] = Codes.OutreachKind,
        ["outreach_targets.basis"] = Codes.OutreachBasis,
        ["enforcement_cases.kind"] = Codes.EnforcementKind,
        ["enforcement_cases.status"] = Codes.EnforcementStatus,

        ["duty_rosters.kind"] = Codes.DutyKind,
        ["event_venues.risk_level"] = Codes.RiskLevel,
        ["public_reports.status"] = Codes.PublicReportStatus,
        ["record_events.kind"] = Codes.RecordEventKind,
        ["webhook_deliveries.status"] = Codes.WebhookDeliveryStatus,
    };

    [Fact]
    public async Task CheckConstraints_code_lists_equal_the_vocabulary()
    {
        var found = await ReadCodeListsAsync();
        foreach (var (column, list) in _columns)
        {
            Assert.True(found.TryGetValue(column, out var codes), $"{column}: no CHECK constraint lists its codes");
            Assert.Equal(list.Codes.Order(StringComparer.Ordinal), codes!.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task CheckConstraints_every_code_list_belongs_to_the_vocabulary()
    {
        var found = await ReadCodeListsAsync();
        Assert.NotEmpty(found);
        var unknown = found.Keys.Where(column => !_columns.ContainsKey(column)).ToList();
        Assert.True(unknown.Count == 0, $"CHECK constraints list codes the vocabulary does not hold: {string.Join(", ", unknown)}");
    }

    // PostgreSQL keeps "col IN ('a', 'b')" as "(col = ANY (ARRAY['a'::text, 'b'::text]))".
    private async Task<Dictionary<string, List<string>>> ReadCodeListsAsync()
    {
        const string sql = """
            SELECT c.conrelid::regclass::text, pg_get_constraintdef(c.oid)
            FROM pg_constraint c
            JOIN pg_namespace n ON n.oid = c.connamespace
            JOIN pg_class t ON t.oid = c.conrelid
            WHERE c.contype = 'c' AND n.nspname = 'public' AND NOT t.relispartition -- partitions repeat their parent's checks
            """;
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using var command = server.DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            foreach (Match match in AnyArray().Matches(reader.GetString(1)))
            {
                var codes = Literal().Matches(match.Groups[2].Value).Select(m => m.Groups[1].Value).ToList();
                // A column may appear in several checks (users.role also in the scope rule); its list is the longest.
                var column = $"{reader.GetString(0)}.{match.Groups[1].Value}";
                if (!lists.TryGetValue(column, out var known) || known.Count < codes.Count)
                {
                    lists[column] = codes;
                }
            }
        }

        return lists;
    }

    [GeneratedRegex(@"\(?(\w+) = ANY \(\(?ARRAY\[([^\]]*)\]")]
    private static partial Regex AnyArray();

    [GeneratedRegex(@"'([^']*)'::text")]
    private static partial Regex Literal();
}
