using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace FireMap.Api.Changes;

/// <summary>
/// The outbox of record events (<c>record_events</c>): a change writes its event inside its own
/// transaction, so an event exists exactly when the change was committed. Whoever forwards events
/// (the webhooks) reads the outbox later; the writer does not know who that is.
/// </summary>
public static class RecordEvents
{
    public const string HazardCreated = "hazard_created";
    public const string HazardClosed = "hazard_closed";
    public const string ReportSubmitted = "report_submitted";
    public const string BlockageReported = "blockage_reported";
    public const string BlockageCleared = "blockage_cleared";

    /// <summary>Writes one event of <paramref name="kind"/> (a <c>RecordEventKind</c> code) about the record <paramref name="entityId"/>.</summary>
    /// <param name="payload">Non-personal facts of the record, serialised as the event's <c>data</c>.</param>
    public static async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string kind, long entityId, object payload,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO record_events (kind, entity_id, payload) VALUES (@kind, @entity, @payload)", connection, transaction);
        command.Parameters.AddWithValue("kind", kind);
        command.Parameters.AddWithValue("entity", entityId);
        command.Parameters.Add(new NpgsqlParameter("payload", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(payload, _json) });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);
}
