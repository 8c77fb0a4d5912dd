using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using FireMap.Api.Hazards;
using GraphQL.Types;

namespace FireMap.Api.FieldWork;

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
