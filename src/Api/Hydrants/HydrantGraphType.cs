using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using GraphQL.Types;

namespace FireMap.Api.Hydrants;

/// <summary>A fire hydrant (消火栓).</summary>
public sealed class HydrantGraphType : ObjectGraphType<HydrantRecord>
{
    public HydrantGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "Hydrant";
        Description = "A fire hydrant.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(y => y.Code).Description("Natural key from the source data.");
        Field(y => y.Kind).Description("above_ground, underground or wall.");
        Field<NonNullGraphType<HydrantStatusGraphType>>("status").Description("Whether it works.").Resolve(c => c.Source.Status);
        Field(y => y.Address, nullable: true).Description("Address.");
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("Location as a GeoJSON Point.").Resolve(c => c.Source.Geometry);
    }
}
