using FireMap.Api.Access;
using FireMap.Spatial.Geocoding.Parsing;
using GraphQL.Types;

namespace FireMap.Api.Geocoding;

/// <summary>An address split into its levels.</summary>
public sealed class ParsedAddressGraphType : ObjectGraphType<ParsedAddress>
{
    public ParsedAddressGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "ParsedAddress";
        Description = "An address split into its levels (normalised); a level the address does not give is null.";
        Field(p => p.Normalized).Description("The normalised address.");
        Field<StringGraphType>("province").Description("省.").Resolve(c => c.Source.Province?.Name);
        Field<StringGraphType>("city").Description("市.").Resolve(c => c.Source.City?.Name);
        Field<StringGraphType>("district").Description("区/县.").Resolve(c => c.Source.District?.Name);
        Field<StringGraphType>("subdistrict").Description("街道/镇.").Resolve(c => c.Source.Subdistrict?.Name);
        Field<StringGraphType>("community").Description("社区/村.").Resolve(c => c.Source.Community?.Name);
        Field(p => p.Road, nullable: true).Description("路/街/巷.");
        Field(p => p.HouseNumber, nullable: true).Description("门牌号, without 号.");
        Field(p => p.Name).Description("小区 or POI name; empty when none.");
        Field(p => p.Building, nullable: true).Description("楼栋, without 栋.");
        Field(p => p.Unit, nullable: true).Description("单元.");
        Field(p => p.Floor, nullable: true).Description("楼层.");
        Field(p => p.Room, nullable: true).Description("房号.");
    }
}
