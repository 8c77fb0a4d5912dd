using FireMap.Api.Database;
using FireMap.Spatial.Vocabulary;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.FieldWork;

/// <summary>Counts inspection coverage per group in one statement, and finds the checklist of one subject.</summary>
public sealed class InspectionCoverageRepository(NpgsqlDataSource dataSource, ChecklistBook checklists)
{
    public async Task<InspectionCoverage> CoverageAsync(CoverageQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var command = dataSource.Routed().CreateCommand($"""
            SELECT f.subject_type, f.grp, f.category, f.id, f.code, f.name, f.address, f.community_code, f.grid_code, ST_AsGeoJSON(f.geom, 7), f.inspected
            FROM ({CoverageSql.Subjects}) f
            ORDER BY f.grp, f.code
            """);
        Bind(command, query);
        var subjects = new List<(string Group, CoverageSubject Subject)>();
        await using (var r = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await r.ReadAsync(cancellationToken))
            {
                subjects.Add((r.GetString(1), new CoverageSubject(r.GetString(0), r.IsDBNull(2) ? null : r.GetString(2), r.GetInt64(3), r.GetString(4),
                    r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8),
                    new(r.GetString(9)), r.GetBoolean(10))));
            }
        }

        // High-rises and compounds always have a group (even empty); places one per category present, in vocabulary order.
        var groups = new List<CoverageGroup>
        {
            new("high_rise", "building", null, [.. subjects.Where(s => s.Group == "high_rise").Select(s => s.Subject)]),
            new("compound", "compound", null, [.. subjects.Where(s => s.Group == "compound").Select(s => s.Subject)]),
        };
        foreach (var category in Codes.PlaceCategory.Codes)
        {
            var members = subjects.Where(s => s.Group == "place:" + category).Select(s => s.Subject).ToList();
            if (members.Count > 0)
            {
                groups.Add(new CoverageGroup("place:" + category, "place", category, members));
            }
        }

        return new InspectionCoverage(query.From, query.To, groups);
    }

    internal static void Bind(NpgsqlCommand command, CoverageQuery query)
    {
        command.Parameters.AddWithValue("from", query.From);
        command.Parameters.AddWithValue("to", query.To);
        command.Parameters.Add(InspectionRepository.Nullable("scope", NpgsqlDbType.Bigint, query.ScopeCommunityId));
        command.Parameters.Add(InspectionRepository.Nullable("community", NpgsqlDbType.Text, query.CommunityCode));
        command.Parameters.Add(InspectionRepository.Nullable("grid", NpgsqlDbType.Text, query.GridCode));
    }

    /// <summary>The checklist of one subject; NOT_FOUND for an unknown subject.</summary>
    public async Task<Checklist?> ChecklistForAsync(string subjectType, long subjectId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.Routed().OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var subject = await FieldSubjects.FindAsync(connection, transaction, subjectType, subjectId, cancellationToken);
        return checklists.For(subjectType, subject.HighRise, subject.PlaceCategory);
    }
}
