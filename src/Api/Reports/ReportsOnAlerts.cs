using FireMap.Api.Access;
using FireMap.Api.Campaigns;
using FireMap.Api.Hazards;
using GraphQL.DI;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;

namespace FireMap.Api.Reports;

/// <summary>
/// Adds <c>deadline</c> (a CAMPAIGN_DEADLINE alert's deadline) and <c>report</c> (a REPORT_OVERDUE alert's report) to
/// <c>HazardAlert</c> without touching the hazard feature's files.
/// </summary>
public sealed class ReportsOnAlerts : IConfigureSchema
{
    public void Configure(ISchema schema, IServiceProvider serviceProvider)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.RegisterVisitor(new Visitor());
    }

    private sealed class Visitor : BaseSchemaNodeVisitor
    {
        public override void VisitObject(IObjectGraphType type, ISchema schema)
        {
            if (type.Name != "HazardAlert" || type.HasField("deadline"))
            {
                return;
            }

            type.AddField(new FieldType
            {
                Name = "deadline",
                Description = "The deadline of a CAMPAIGN_DEADLINE alert; null for the other kinds.",
                Type = typeof(CampaignDeadlineGraphType),
                ResolvedType = schema.AllTypes["CampaignDeadline"],
                Resolver = new FuncFieldResolver<object?>(context => (context.Source as HazardAlert)?.Detail as CampaignDeadlineView),
            }.Allow(AccessRule.Read));
            type.AddField(new FieldType
            {
                Name = "report",
                Description = "The monthly report of a REPORT_OVERDUE alert; null for the other kinds.",
                Type = typeof(MonthlyReportGraphType),
                ResolvedType = schema.AllTypes["MonthlyReport"],
                Resolver = new FuncFieldResolver<object?>(context => (context.Source as HazardAlert)?.Detail as MonthlyReportRecord),
            }.Allow(AccessRule.Read));
        }
    }
}
