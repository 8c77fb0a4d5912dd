using FireMap.Spatial.Geocoding;
using GraphQL.Types;

namespace FireMap.Api.Geocoding;

/// <summary>How precisely an address was placed.</summary>
public sealed class MatchLevelGraphType : EnumerationGraphType<MatchLevel>
{
    public MatchLevelGraphType()
    {
        Name = "MatchLevel";
        Description = "How precisely an address was placed: BUILDING (楼栋), PLACE (场所), COMPOUND (小区), ROAD_NUMBER (门牌), ROAD (道路), COMMUNITY (社区).";
    }
}
