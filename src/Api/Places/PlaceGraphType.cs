using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using GraphQL.Types;

namespace FireMap.Api.Places;

/// <summary>A gathering or special place (场所).</summary>
public sealed class PlaceGraphType : ObjectGraphType<PlaceRecord>
{
    public PlaceGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "Place";
        Description = "A gathering or special place, such as a market, school or e-bike charging site.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(p => p.Code).Description("Natural key from the source data.");
        Field(p => p.Name).Description("Name.");
        Field<NonNullGraphType<PlaceCategoryGraphType>>("category").Description("Kind of place.").Resolve(c => c.Source.Category);
        Field(p => p.Address).Description("Address.");
        Field(p => p.CommunityCode).Description("Division code of the community (社区).");
        Field<IdGraphType>("compoundId").Description("Compound the place lies in, if any.").Resolve(c => c.Source.CompoundId);
        Field<IdGraphType>("buildingId").Description("Building the place lies in, if any.").Resolve(c => c.Source.BuildingId);
        Field(p => p.Capacity).Description("People the place holds.");
        Field<DateOnlyGraphType>("selfInspectionDate").Description("Date of the self-inspection commitment (自查承诺).").Resolve(c => c.Source.SelfInspectionDate);
        Field(p => p.ResponsibleUnit, nullable: true).Description("Unit responsible for the place's fire safety (责任单位).");
        Field(p => p.Version).Description("Version for optimistic concurrency: pass it as expectedVersion to updatePlace.");
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("Location as a GeoJSON Point.").Resolve(c => c.Source.Geometry);
    }
}
