namespace FireMap.Api.Hazards;

/// <summary>The UPDATE each workflow step runs (parameters <c>@id @note @deadline @unit @today</c>); the touch trigger bumps the version.</summary>
internal static class HazardUpdates
{
    public static string For(string action) => action switch
    {
        HazardWorkflow.StartRectification => "UPDATE hazards SET status = 'rectifying' WHERE id = @id",
        HazardWorkflow.SubmitRectification => "UPDATE hazards SET status = 'awaiting_review', submitted_at = now() WHERE id = @id",
        // 销号: closed with the time and the reviewer's note.
        HazardWorkflow.ReviewAccepted => """
            UPDATE hazards SET status = 'closed', closed_at = now(), closing_note = @note, reviewed_at = now(), review_note = @note
            WHERE id = @id
            """,
        HazardWorkflow.ReviewRefused => "UPDATE hazards SET status = 'rectifying', reviewed_at = now(), review_note = @note WHERE id = @id",
        HazardWorkflow.ExtendDeadline => "UPDATE hazards SET deadline = @deadline WHERE id = @id",
        HazardWorkflow.Supervise => "UPDATE hazards SET supervised = true, supervising_unit = @unit, supervised_on = @today WHERE id = @id",
        HazardWorkflow.EndSupervision => "UPDATE hazards SET supervised = false, supervising_unit = NULL, supervised_on = NULL WHERE id = @id",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "not a hazard workflow step"),
    };
}
