using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Incidents;

/// <summary>Fires of one group with casualties and losses.</summary>
public sealed class IncidentStatisticGraphType : ObjectGraphType<IncidentStatistic>
{
    public IncidentStatisticGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "IncidentStatistic";
        Description = "Fires of one group: a cause code, a month (YYYY-MM, China time) or a community code.";
        Field(s => s.Key).Description("The group.");
        Field(s => s.Fires).Description("Number of fires.");
        Field(s => s.Casualties).Description("People killed or injured.");
        Field<NonNullGraphType<DecimalGraphType>>("lossCny").Description("Direct loss, yuan.").Resolve(c => c.Source.LossCny);
    }
}
