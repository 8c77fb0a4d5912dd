using FireMap.Spatial.Geocoding;
using GraphQL.Types;

namespace FireMap.Api.Geocoding;

/// <summary>How precisely an address was placed.</summary>
public sealed class MatchLevelGraphType : EnumerationGraphType<MatchLevel>
{
    private static readonly Dictionary<MatchLevel, string> _descriptions = new()
    {
        [MatchLevel.Building] = "A building, by its compound and building number or by its own name.",
        [MatchLevel.Place] = "A place (school, market, restaurant, warehouse …), by its name.",
        [MatchLevel.Compound] = "A compound, by its name or an alias; also when the building number is unknown.",
        [MatchLevel.RoadNumber] = "A road and house number.",
        [MatchLevel.Road] = "A road whose house number is missing or unknown.",
        [MatchLevel.Community] = "A community.",
    };

    public MatchLevelGraphType()
    {
        Name = "MatchLevel";
        Description = "How precisely an address was placed: BUILDING (楼栋), PLACE (场所), COMPOUND (小区), ROAD_NUMBER (门牌), ROAD (道路), COMMUNITY (社区).";
        foreach (var value in Values)
        {
            value.Description = value.Value is MatchLevel level ? _descriptions[level] : null;
        }
    }
}
