using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using FireMap.Api.Hazards;
using FireMap.Api.Places;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>The inspection coverage of a period.</summary>
public sealed class InspectionCoverageGraphType : ObjectGraphType<InspectionCoverage>
{
    public InspectionCoverageGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "InspectionCoverage";
        Description = "What share of high-rise buildings, compounds and places by category were inspected in a period.";
        Field<NonNullGraphType<DateOnlyGraphType>>("from").Description("First day of the period.").Resolve(c => c.Source.From);
        Field<NonNullGraphType<DateOnlyGraphType>>("to").Description("Last day of the period.").Resolve(c => c.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageGroupGraphType>>>>("groups")
            .Description("High-rise buildings, compounds, then places by category (categories present only).").Resolve(c => c.Source.Groups);
        Field<NonNullGraphType<IntGraphType>>("total").Description("Subjects counted over all groups.").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<IntGraphType>>("inspected").Description("Of them, inspected at least once in the period.").Resolve(c => c.Source.Inspected);
        Field<NonNullGraphType<FloatGraphType>>("share").Description("inspected / total, 0–1 (1 when there is nothing to inspect).").Resolve(c => c.Source.Share);
    }
}

/// <summary>One group of the inspection coverage.</summary>
public sealed class CoverageGroupGraphType : ObjectGraphType<CoverageGroup>
{
    public const int DefaultListed = 100;

    public CoverageGroupGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "CoverageGroup";
        Description = "One group of subjects in the inspection coverage.";
        Field(g => g.Key).Description("high_rise, compound, or place:<category>.");
        Field<NonNullGraphType<HazardSubjectTypeGraphType>>("subjectType").Description("Kind of subject in the group.").Resolve(c => c.Source.SubjectType);
        Field<PlaceCategoryGraphType>("placeCategory").Description("The place category of a place group.").Resolve(c => c.Source.PlaceCategory);
        Field(g => g.Label).Description("Chinese label of the group.");
        Field(g => g.Total).Description("Subjects in the group.");
        Field(g => g.Inspected).Description("Of them, inspected at least once in the period.");
        Field(g => g.Share).Description("inspected / total, 0–1 (1 when the group is empty).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageSubjectGraphType>>>>("notInspected")
            .Description("Subjects not inspected in the period, by code.")
            .Argument<IntGraphType>("first", $"At most this many (default {DefaultListed}, at most 1000).")
            .Resolve(c => c.Source.Subjects.Where(s => !s.Inspected).Take(Math.Clamp(c.GetArgument<int?>("first") ?? DefaultListed, 0, 1000)).ToList());
    }
}

/// <summary>A subject of the inspection coverage.</summary>
public sealed class CoverageSubjectGraphType : ObjectGraphType<CoverageSubject>
{
    public CoverageSubjectGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "CoverageSubject";
        Description = "A high-rise building, compound or place counted in the inspection coverage.";
        Field<NonNullGraphType<HazardSubjectTypeGraphType>>("subjectType").Description("Kind of subject.").Resolve(c => c.Source.SubjectType);
        Field<NonNullGraphType<IdGraphType>>("id").Description("Id of the subject.").Resolve(c => c.Source.Id);
        Field(s => s.Code).Description("Code of the subject.");
        Field(s => s.Name).Description("Name of the subject.");
        Field(s => s.Address, nullable: true).Description("Address.");
        Field(s => s.CommunityCode).Description("Division code of its community.");
        Field(s => s.GridCode, nullable: true).Description("Code of its grid.");
        Field<NonNullGraphType<GeoJsonGraphType>>("location").Description("A point on it, GeoJSON in WGS84.").Resolve(c => c.Source.Location);
    }
}
