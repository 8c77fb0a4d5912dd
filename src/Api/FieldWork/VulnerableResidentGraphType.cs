using FireMap.Api.Access;
using FireMap.Api.Hazards;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>A registered vulnerable resident: personal data, every read audited.</summary>
public sealed class VulnerableResidentGraphType : ObjectGraphType<ResidentRecord>
{
    public VulnerableResidentGraphType()
    {
        this.Allow(AccessRule.Personal);
        Name = "VulnerableResident";
        Description = "A vulnerable resident (重点关爱人员) in the door-knock register: personal data, every read audited.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(r => r.Name).Description("Name.");
        Field<NonNullGraphType<VulnerableCategoryGraphType>>("category").Description("Category.").Resolve(c => c.Source.Category);
        Field(r => r.Address).Description("Home address as given.");
        Field<NonNullGraphType<IdGraphType>>("buildingId").Description("The building the address matched.").Resolve(c => c.Source.BuildingId);
        Field(r => r.CommunityCode).Description("Division code of the building's community.");
        Field(r => r.GridCode, nullable: true).Description("Code of the building's grid.");
        Field(r => r.Phone, nullable: true).Description("Phone.");
        Field(r => r.ContactPerson, nullable: true).Description("Contact person (family, neighbour).");
        Field(r => r.ContactPhone, nullable: true).Description("The contact person's phone.");
        Field(r => r.VisitFrequencyDays).Description("Visit every so many days (default 7).");
        Field<NonNullGraphType<DateOnlyGraphType>>("registeredOn").Description("Date registered (China time).").Resolve(c => c.Source.RegisteredOn);
        Field<DateTimeOffsetGraphType>("lastVisitAt").Description("The last visit; null when never visited.").Resolve(c => c.Source.LastVisitAt);
        Field<NonNullGraphType<DateOnlyGraphType>>("nextVisitDue").Description("Date of the last visit (else of registration) plus the frequency.")
            .Resolve(c => c.Source.NextVisitDue);
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Description("Today (China time) is after nextVisitDue.")
            .Resolve(c => c.Source.DaysOverdueOn(Today(c)) > 0);
        Field<NonNullGraphType<IntGraphType>>("daysOverdue").Description("Days past nextVisitDue; 0 when not overdue.").Resolve(c => c.Source.DaysOverdueOn(Today(c)));
        Field(r => r.Notes, nullable: true).Description("Care notes.");
        Field(r => r.Version).Description("Version for expectedVersion.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VisitGraphType>>>>("visits").Description("Visits to the resident, newest first.")
            .Argument<IntGraphType>("first", "At most this many (default 10, at most 100).")
            .ResolveAsync(async c => (object?)await c.RequestServices!.GetRequiredService<VisitRepository>().ListAsync(new VisitQuery(ResidentId: c.Source.Id),
                CurrentUser.Of(c.User), null, Math.Clamp(c.GetArgument<int?>("first") ?? 10, 1, 100), c.CancellationToken));
    }

    private static DateOnly Today(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<HazardCalendar>().Today;
}
