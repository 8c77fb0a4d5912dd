using FireMap.Api.Access;
using FireMap.Api.Risk.Periods;
using FireMap.Api.Vocabulary;
using FireMap.Spatial.Vocabulary;
using GraphQL.Types;

namespace FireMap.Api.Risk.Schema;

/// <summary>GraphQL enum of <see cref="Codes.RiskPeriodKind"/>.</summary>
public sealed class RiskPeriodKindGraphType() : CodeListGraphType(Codes.RiskPeriodKind);

/// <summary>A period of raised fire risk.</summary>
public sealed class RiskPeriodGraphType : ObjectGraphType<RiskPeriodRecord>
{
    public RiskPeriodGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "RiskPeriod";
        Description = "A holiday or major event with raised prevention levels: on its days the risk model multiplies all likelihood points by its factor (the largest where periods overlap).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(p => p.Name).Description("Shown name, e.g. 春节.");
        Field<NonNullGraphType<RiskPeriodKindGraphType>>("kind").Description("Holiday or major event.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Description("First day (China time).").Resolve(c => c.Source.StartsOn);
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn").Description("Last day, inclusive.").Resolve(c => c.Source.EndsOn);
        Field<NonNullGraphType<FloatGraphType>>("factor").Description("Likelihood factor, 1–3.").Resolve(c => (double)c.Source.Factor);
        Field(p => p.UpdatedBy, nullable: true).Description("User name of the last change.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("updatedAt").Description("Time of the last change.").Resolve(c => c.Source.UpdatedAt);
        Field(p => p.Version).Description("Version for optimistic concurrency: pass it as expectedVersion when saving or deleting.");
    }
}

/// <summary>Input of <c>saveRiskPeriod</c>.</summary>
public sealed class RiskPeriodInputGraphType : InputObjectGraphType
{
    public RiskPeriodInputGraphType()
    {
        Name = "RiskPeriodInput";
        Description = "A period of raised fire risk, whole.";
        Field<NonNullGraphType<StringGraphType>>("name").Description($"Shown name, 1–{RiskPeriodStore.MaxNameLength} characters.");
        Field<NonNullGraphType<RiskPeriodKindGraphType>>("kind").Description("Holiday or major event.");
        Field<NonNullGraphType<DateOnlyGraphType>>("startsOn").Description("First day (China time).");
        Field<NonNullGraphType<DateOnlyGraphType>>("endsOn").Description("Last day, inclusive; not before startsOn.");
        Field<NonNullGraphType<FloatGraphType>>("factor").Description($"Likelihood factor, 1–{RiskPeriodStore.MaxFactor}, at most two decimals.");
    }
}

/// <summary>A configuration the risk model has run with.</summary>
public sealed class RiskModelVersionGraphType : ObjectGraphType<RiskModelVersionRecord>
{
    public RiskModelVersionGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "RiskModelVersion";
        Description = "A version of the risk model: the model file's version with one set of periods of raised risk. Scores are stored per version.";
        Field(v => v.Version).Description("The version stored with scores, e.g. v1 or v1.2.");
        Field(v => v.BaseVersion).Description("The model file's version.");
        Field(v => v.PeriodCount).Description("How many periods of raised risk it holds.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("createdAt").Description("When it was first used.").Resolve(c => c.Source.CreatedAt);
    }
}
