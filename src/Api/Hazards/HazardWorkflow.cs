namespace FireMap.Api.Hazards;

/// <summary>
/// The states of a hazard and the steps between them: 发现 (found) → 整改中 (rectifying) → 待复查
/// (awaiting review) → 已销号 (closed); a failed review goes back to rectifying. Deadlines may be
/// extended and supervision listed or ended while a hazard is open. Anything else is a conflict.
/// </summary>
public static class HazardWorkflow
{
    public const string Found = "found";
    public const string Rectifying = "rectifying";
    public const string AwaitingReview = "awaiting_review";
    public const string Closed = "closed";

    public const string Report = "report";
    public const string StartRectification = "start_rectification";
    public const string SubmitRectification = "submit_rectification";
    public const string ReviewAccepted = "review_accepted";
    public const string ReviewRefused = "review_refused";
    public const string ExtendDeadline = "extend_deadline";
    public const string Supervise = "supervise";
    public const string EndSupervision = "end_supervision";

    /// <summary>
    /// The status after <paramref name="action"/> on <paramref name="hazard"/>, or null when the step
    /// is not allowed from where the hazard stands (with the reason in <paramref name="refusal"/>).
    /// </summary>
    public static string? Next(HazardRecord hazard, string action, out string? refusal)
    {
        ArgumentNullException.ThrowIfNull(hazard);
        var status = hazard.Status;
        refusal = action switch
        {
            StartRectification when status != Found => "rectification can only start on a found hazard",
            SubmitRectification when status != Rectifying => "only a hazard being rectified can be submitted for review",
            ReviewAccepted or ReviewRefused when status != AwaitingReview => "only a hazard awaiting review can be reviewed",
            ExtendDeadline when status == Closed => "a closed hazard has no deadline to extend",
            Supervise when status == Closed => "a closed hazard cannot be put under supervision",
            Supervise when hazard.Supervised => "the hazard is already under listed supervision",
            EndSupervision when !hazard.Supervised => "the hazard is not under listed supervision",
            StartRectification or SubmitRectification or ReviewAccepted or ReviewRefused or ExtendDeadline or Supervise or EndSupervision => null,
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "not a hazard workflow step"),
        };
        var next = action switch
        {
            StartRectification => Rectifying,
            SubmitRectification => AwaitingReview,
            ReviewAccepted => Closed,
            ReviewRefused => Rectifying,
            _ => status,
        };
        return refusal is null ? next : null;
    }
}
