using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Operations;

/// <summary>A job the service runs on its own.</summary>
public sealed class ScheduledJobGraphType : ObjectGraphType<ScheduledJobView>
{
    public ScheduledJobGraphType()
    {
        Name = "ScheduledJob";
        Description = "A job the service runs every day, once across instances.";
        this.Allow(AccessRule.OperateService);
        Field(j => j.Name).Description("Name of the job.");
        Field<StringGraphType>("at").Description("Time of day it runs (HH:mm, Asia/Shanghai); null when switched off.").Resolve(c => c.Source.At);
    }
}
