using FireMap.Api.Access;
using FireMap.Api.Hazards;
using FireMap.Api.Places;
using GraphQL;
using GraphQL.Types;

namespace FireMap.Api.FieldWork;

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
