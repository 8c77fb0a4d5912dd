using FireMap.Api.Access;
using FireMap.Api.Risk.Schema;
using GraphQL.Types;

namespace FireMap.Api.Duty;

/// <summary>Duty coverage of the next period of raised risk.</summary>
public sealed class DutyCoverageGraphType : ObjectGraphType<DutyCoverage>
{
    public DutyCoverageGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "DutyCoverage";
        Description = "Duty coverage of the next holiday or major event (the period in progress or the next to start): days × rostered posts.";
        Field(d => d.PeriodName, nullable: true).Description("Name of the period; null when none lies ahead.");
        Field<RiskPeriodKindGraphType>("periodKind").Description("Holiday or major event.").Resolve(c => c.Source.PeriodKind);
        Field<DateOnlyGraphType>("startsOn").Description("First day of the period.").Resolve(c => c.Source.StartsOn);
        Field<DateOnlyGraphType>("endsOn").Description("Last day of the period.").Resolve(c => c.Source.EndsOn);
        Field(d => d.Days).Description("Days counted (from today when the period is in progress).");
        Field(d => d.PostDays).Description("Posts rostered, summed over the days.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DateOnlyGraphType>>>>("uncoveredDays").Description("Days with no post rostered.").Resolve(c => c.Source.UncoveredDays);
    }
}
