using FireMap.Api.Access;
using FireMap.Api.Risk.Inputs;
using FireMap.Api.Vocabulary;
using FireMap.Spatial.Campaigns;
using FireMap.Spatial.Vocabulary;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.Campaigns;

/// <summary>GraphQL enum of <see cref="Codes.CampaignDeadlineKind"/>.</summary>
public sealed class CampaignDeadlineKindGraphType() : CodeListGraphType(Codes.CampaignDeadlineKind);

/// <summary>A campaign with its calendar.</summary>
public sealed class CampaignGraphType : ObjectGraphType<CampaignRecord>
{
    public CampaignGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "Campaign";
        Description = "A fire-prevention campaign (e.g. the winter campaign): its days, phases, deadlines and monthly report day.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(c => c.Code).Description("Stable code, e.g. winter-2026.");
        Field(c => c.Name).Description("Shown name.");
        Field(c => c.Description).Description("What the campaign is about, as entered.");
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Description("First day (China time).").Resolve(c => c.Source.Calendar.StartsOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn").Description("Last day, inclusive.").Resolve(c => c.Source.Calendar.EndsOn);
        Field<NonNullGraphType<IntGraphType>>("reportDay").Description("Day of the month by which each community reports its work (the 20th in the seed plan).")
            .Resolve(c => c.Source.Calendar.ReportDay);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignPhaseGraphType>>>>("phases").Description("The phases, by start.")
            .Resolve(c => c.Source.Calendar.Phases.OrderBy(p => p.StartsOn).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CampaignDeadlineGraphType>>>>("deadlines")
            .Description("Every deadline by date: the entered ones, each phase's end and each monthly report day within the campaign.")
            .Resolve(c =>
            {
                var today = Today(c);
                return c.Source.Calendar.AllDeadlines().Select(d => new CampaignDeadlineView(c.Source, d, d.DueOn.DayNumber - today.DayNumber)).ToList();
            });
        Field<CampaignPhaseGraphType>("currentPhase").Description("The phase today (China time) lies in; null between or outside phases.")
            .Resolve(c => c.Source.Calendar.PhaseOn(Today(c)));
        Field<NonNullGraphType<BooleanGraphType>>("running").Description("True when today (China time) lies in the campaign.")
            .Resolve(c => c.Source.Calendar.Contains(Today(c)));
        Field<NonNullGraphType<IntGraphType>>("daysLeft").Description("Days from today (China time) to the last day; negative once it has ended.")
            .Resolve(c => c.Source.Calendar.EndsOn.DayNumber - Today(c).DayNumber);
        Field(c => c.UpdatedBy, nullable: true).Description("User name of the last change.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Description("Time of the last change.").Resolve(c => c.Source.UpdatedAt);
        Field(c => c.Version).Description("Version for optimistic concurrency: pass it as expectedVersion when saving.");
    }

    internal static DateOnly Today(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ChinaCalendar>().Today;
}

/// <summary>A phase of a campaign.</summary>
public sealed class CampaignPhaseGraphType : ObjectGraphType<CampaignPhase>
{
    public CampaignPhaseGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "CampaignPhase";
        Description = "A phase of a campaign (mobilisation, implementation, acceptance and wrap-up, …).";
        Field(p => p.Name).Description("Shown name.");
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Description("First day.").Resolve(c => c.Source.StartsOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn").Description("Last day, inclusive.").Resolve(c => c.Source.EndsOn);
        Field(p => p.Due).Description("What is due by its end.");
    }
}

/// <summary>A deadline of a campaign, with the days left.</summary>
public sealed class CampaignDeadlineGraphType : ObjectGraphType<CampaignDeadlineView>
{
    public CampaignDeadlineGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "CampaignDeadline";
        Description = "A deadline of a campaign: a phase's end, a monthly report day, the three lists, the final summary or another entered one.";
        Field<NonNullGraphType<CampaignDeadlineKindGraphType>>("kind").Description("What is due.").Resolve(c => c.Source.Deadline.Kind);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Shown name.").Resolve(c => c.Source.Deadline.Name);
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn").Description("The day it is due (China time).").Resolve(c => c.Source.Deadline.DueOn);
        Field<NonNullGraphType<IntGraphType>>("daysLeft").Description("Days from today (China time) to the due day; 0 on the day, negative after it.")
            .Resolve(c => c.Source.DaysLeft);
        Field<NonNullGraphType<StringGraphType>>("campaignCode").Description("Code of the campaign.").Resolve(c => c.Source.Campaign.Code);
        Field<NonNullGraphType<StringGraphType>>("campaignName").Description("Name of the campaign.").Resolve(c => c.Source.Campaign.Name);
    }
}

/// <summary>Input of <c>saveCampaign</c>.</summary>
public sealed class CampaignInputGraphType : InputObjectGraphType
{
    public CampaignInputGraphType()
    {
        Name = "CampaignInput";
        Description = "A whole campaign: it replaces the stored one with the same code.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Stable code: 1–40 lower-case letters, digits, '-' or '_'.");
        Field<NonNullGraphType<StringGraphType>>("name").Description($"Shown name, 1–{CampaignStore.MaxNameLength} characters.");
        Field<StringGraphType>("description").Description($"At most {CampaignStore.MaxTextLength} characters.");
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Description("First day.");
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn").Description("Last day, inclusive.");
        Field<IntGraphType>("reportDay").Description($"Day of the month the reports are due, 1–{CampaignCalendar.LatestReportDay}; default {CampaignCalendar.DefaultReportDay}.");
        Field<ListGraphType<NonNullGraphType<CampaignPhaseInputGraphType>>>("phases").Description($"At most {CampaignStore.MaxPhases} phases inside the campaign, not overlapping.");
        Field<ListGraphType<NonNullGraphType<CampaignDeadlineInputGraphType>>>("deadlines")
            .Description($"At most {CampaignStore.MaxDeadlines} entered deadlines (LISTS, FINAL_SUMMARY, OTHER); phase ends and report days follow from the calendar.");
    }
}

/// <summary>A phase given to <c>saveCampaign</c>.</summary>
public sealed class CampaignPhaseInputGraphType : InputObjectGraphType
{
    public CampaignPhaseInputGraphType()
    {
        Name = "CampaignPhaseInput";
        Description = "A phase of a campaign.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Shown name.");
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Description("First day.");
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn").Description("Last day, inclusive.");
        Field<StringGraphType>("due").Description("What is due by its end.");
    }
}

/// <summary>An entered deadline given to <c>saveCampaign</c>.</summary>
public sealed class CampaignDeadlineInputGraphType : InputObjectGraphType
{
    public CampaignDeadlineInputGraphType()
    {
        Name = "CampaignDeadlineInput";
        Description = "An entered deadline of a campaign.";
        Field<NonNullGraphType<CampaignDeadlineKindGraphType>>("kind").Description("LISTS, FINAL_SUMMARY or OTHER.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Shown name.");
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn").Description("The day it is due.");
    }
}
