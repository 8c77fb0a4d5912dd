using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Plans;

/// <summary>A compound's plan (一小区一对策).</summary>
public sealed class CompoundPlanGraphType : ObjectGraphType<CompoundPlanRecord>
{
    public CompoundPlanGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "CompoundPlan";
        Description = "One plan per compound (一小区一对策): the problems found, the measures with owner, due date and status, and progress notes.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("compoundId").Description("The compound planned for.").Resolve(c => c.Source.CompoundId);
        Field(p => p.Problems).Description("The compound's problems, as found.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanMeasureGraphType>>>>("measures").Description("The measures, in the order given.")
            .Resolve(c => c.Source.Measures);
        Field(p => p.ProgressNotes).Description("Progress notes.");
        Field(p => p.UpdatedBy, nullable: true).Description("User name of the last change.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Description("Time of the last change.").Resolve(c => c.Source.UpdatedAt);
        Field(p => p.Version).Description("Version for optimistic concurrency: pass it as expectedVersion when saving.");
    }
}

/// <summary>A measure of a compound's plan.</summary>
public sealed class PlanMeasureGraphType : ObjectGraphType<PlanMeasure>
{
    public PlanMeasureGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "PlanMeasure";
        Description = "A measure of a compound plan.";
        Field(m => m.Measure).Description("What is to be done.");
        Field(m => m.Owner).Description("Who answers for it (unit or post).");
        Field<DateOnlyGraphType>("dueOn").Description("When it is due.").Resolve(c => c.Source.DueOn);
        Field<NonNullGraphType<PlanMeasureStatusGraphType>>("status").Description("Where it stands.").Resolve(c => c.Source.Status);
    }
}

/// <summary>Input of <c>saveCompoundPlan</c>.</summary>
public sealed class CompoundPlanInputGraphType : InputObjectGraphType
{
    public CompoundPlanInputGraphType()
    {
        Name = "CompoundPlanInput";
        Description = "The whole plan: it replaces the stored one.";
        Field<StringGraphType>("problems").Description($"The compound's problems, at most {CompoundPlanCommands.MaxTextLength} characters.");
        Field<ListGraphType<NonNullGraphType<PlanMeasureInputGraphType>>>("measures").Description($"At most {CompoundPlanCommands.MaxMeasures} measures.");
        Field<StringGraphType>("progressNotes").Description($"Progress notes, at most {CompoundPlanCommands.MaxTextLength} characters.");
    }
}

/// <summary>A measure given to <c>saveCompoundPlan</c>.</summary>
public sealed class PlanMeasureInputGraphType : InputObjectGraphType
{
    public PlanMeasureInputGraphType()
    {
        Name = "PlanMeasureInput";
        Description = "A measure of a compound plan.";
        Field<NonNullGraphType<StringGraphType>>("measure").Description($"What is to be done, 1–{CompoundPlanCommands.MaxLineLength} characters.");
        Field<NonNullGraphType<StringGraphType>>("owner").Description($"Who answers for it, 1–{CompoundPlanCommands.MaxLineLength} characters.");
        Field<DateOnlyGraphType>("dueOn").Description("When it is due.");
        Field<PlanMeasureStatusGraphType>("status").Description("Where it stands; default PLANNED.");
    }
}
