using FireMap.Api.Access;
using FireMap.Api.Hazards;
using FireMap.Api.Risk.Inputs;
using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Reports;

/// <summary>GraphQL enum of <see cref="Codes.ReportStatus"/>.</summary>
public sealed class ReportStatusGraphType() : CodeListGraphType(Codes.ReportStatus);

/// <summary>GraphQL enum of <see cref="Codes.ReportSection"/>.</summary>
public sealed class ReportSectionGraphType() : CodeListGraphType(Codes.ReportSection);

/// <summary>GraphQL enum of <see cref="Codes.ReportFigure"/>.</summary>
public sealed class ReportFigureGraphType() : CodeListGraphType(Codes.ReportFigure);

/// <summary>A community's monthly report.</summary>
public sealed class MonthlyReportGraphType : ObjectGraphType<MonthlyReportRecord>
{
    public MonthlyReportGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "MonthlyReport";
        Description = "A community's monthly work report to the sub-district's emergency office: figures compiled from the data as of the report day (frozen at submission), the rows behind each, and the staff's narrative.";
        Field<NonNullGraphType<StringGraphType>>("communityCode").Description("The community's division code.").Resolve(c => c.Source.CommunityCode);
        Field<NonNullGraphType<StringGraphType>>("communityName").Description("The community's name.").Resolve(c => c.Source.CommunityName);
        Field<NonNullGraphType<StringGraphType>>("month").Description("The reported month, yyyy-MM.").Resolve(c => $"{c.Source.Period.Month:yyyy-MM}");
        Field<NonNullGraphType<DateOnlyGraphType>>("from").Description("First day covered: the day after the previous month's report day.").Resolve(c => c.Source.Period.From);
        Field<NonNullGraphType<DateOnlyGraphType>>("to").Description("Last day covered, the report day; figures are as of its end (China time).").Resolve(c => c.Source.Period.To);
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn").Description("The day the report is due.").Resolve(c => c.Source.Period.DueOn);
        Field<NonNullGraphType<ReportStatusGraphType>>("status").Description("DRAFT (also when not begun) or SUBMITTED.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("begun").Description("False while nobody has written or submitted anything for it.").Resolve(c => c.Source.Id is not null);
        Field<NonNullGraphType<BooleanGraphType>>("late").Description("Submitted after the due day, or not submitted and the due day has passed (China time).")
            .Resolve(c => c.Source.IsLate(c.RequestServices!.GetRequiredService<ChinaCalendar>().Today));
        Field(r => r.WorkDone).Description("Narrative: work done.");
        Field(r => r.Problems).Description("Narrative: problems met.");
        Field(r => r.NextSteps).Description("Narrative: next steps.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportFigureValueGraphType>>>>("figures")
            .Description("The figures by section, each with the rows behind it; frozen at submission, compiled now for a draft.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<MonthlyReportStore>().FiguresAsync(c.Source, c.CancellationToken));
        Field<IdGraphType>("riskRunId").Description("The risk run the frozen risk figures come from.").Resolve(c => c.Source.RiskRunId);
        Field(r => r.SubmittedBy, nullable: true).Description("Who submitted it.");
        Field<DateTimeOffsetGraphType>("submittedAt").Description("When it was submitted.").Resolve(c => c.Source.SubmittedAt);
        Field(r => r.ReopenedBy, nullable: true).Description("Who last reopened it.");
        Field<DateTimeOffsetGraphType>("reopenedAt").Description("When it was last reopened.").Resolve(c => c.Source.ReopenedAt);
        Field(r => r.UpdatedBy, nullable: true).Description("User name of the last change.");
        Field(r => r.Version).Description("Version for optimistic concurrency (0: not begun): pass it as expectedVersion.");
    }
}

/// <summary>A figure of a monthly report.</summary>
public sealed class ReportFigureValueGraphType : ObjectGraphType<ReportFigureValue>
{
    public ReportFigureValueGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "ReportFigureValue";
        Description = "A figure of a monthly report, counted from the rows it lists; a breakdown carries its hazard category or severity.";
        Field<NonNullGraphType<ReportSectionGraphType>>("section").Description("The section it belongs to.").Resolve(c => c.Source.Section);
        Field<NonNullGraphType<ReportFigureGraphType>>("figure").Description("What it counts.").Resolve(c => c.Source.Figure);
        Field<HazardCategoryGraphType>("category").Description("For a breakdown by hazard category: the category.").Resolve(c => c.Source.Category);
        Field<HazardSeverityGraphType>("severity").Description("For a breakdown by severity: the severity.").Resolve(c => c.Source.Severity);
        Field<NonNullGraphType<IntGraphType>>("value").Description("The count.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportRowGraphType>>>>("rows").Description("The rows behind the figure.").Resolve(c => c.Source.Rows);
    }
}

/// <summary>A row behind a report figure.</summary>
public sealed class ReportRowGraphType : ObjectGraphType<ReportRow>
{
    public ReportRowGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "ReportRow";
        Description = "A record behind a report figure.";
        Field(r => r.Kind).Description("What it is: hazard, blockage, compound, building, place, inspection or visit.");
        Field<NonNullGraphType<IdGraphType>>("id").Description("Its id (for hazard, compound, building queries).").Resolve(c => c.Source.Id);
        Field(r => r.Code).Description("Its code.");
        Field(r => r.Name).Description("Its name or description.");
    }
}

/// <summary>Input of <c>saveReportNarrative</c>.</summary>
public sealed class ReportNarrativeInputGraphType : InputObjectGraphType
{
    public ReportNarrativeInputGraphType()
    {
        Name = "ReportNarrativeInput";
        Description = "The narrative of a monthly report, whole.";
        Field<StringGraphType>("workDone").Description($"Work done, at most {MonthlyReportStore.MaxTextLength} characters; required before submitting.");
        Field<StringGraphType>("problems").Description($"Problems met, at most {MonthlyReportStore.MaxTextLength} characters.");
        Field<StringGraphType>("nextSteps").Description($"Next steps, at most {MonthlyReportStore.MaxTextLength} characters.");
    }
}
