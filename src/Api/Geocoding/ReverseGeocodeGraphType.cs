using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Geocoding;

/// <summary>The nearest addressed building or compound to a point.</summary>
public sealed class ReverseGeocodeGraphType : ObjectGraphType<ReverseAnswer>
{
    public ReverseGeocodeGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "ReverseGeocodeResult";
        Description = "The nearest building or compound with an address, and how far it is.";
        Field<NonNullGraphType<MatchLevelGraphType>>("level").Description("BUILDING or COMPOUND.").Resolve(c => c.Source.Result.Entry.Level);
        Field<IdGraphType>("id").Description("Id of the building or compound.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("code").Description("Its code.").Resolve(c => c.Source.Result.Entry.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its name.").Resolve(c => c.Source.Result.Entry.Name);
        Field<StringGraphType>("address").Description("Its address.").Resolve(c => c.Source.Result.Entry.Address);
        Field<NonNullGraphType<FloatGraphType>>("distanceMeters").Description("Geodesic distance from the point, metres.").Resolve(c => c.Source.Result.DistanceMeters);
        Field<NonNullGraphType<FloatGraphType>>("lon").Description("Longitude of its point, WGS84.").Resolve(c => c.Source.Result.Entry.Lon);
        Field<NonNullGraphType<FloatGraphType>>("lat").Description("Latitude of its point, WGS84.").Resolve(c => c.Source.Result.Entry.Lat);
    }
}
