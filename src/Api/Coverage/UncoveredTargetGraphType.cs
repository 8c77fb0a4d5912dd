using FireMap.Api.Access;
using GraphQL.Types;

namespace FireMap.Api.Coverage;

/// <summary>A building or place outside the reach asked about.</summary>
public sealed class UncoveredTargetGraphType : ObjectGraphType<UncoveredTarget>
{
    public UncoveredTargetGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "UncoveredTarget";
        Description = "A building or place outside the reach asked about, with its fastest routed time.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Id of the building or place.").Resolve(c => c.Source.Id);
        Field(t => t.Code).Description("Natural key.");
        Field(t => t.Name).Description("Name.");
        Field(t => t.People).Description("Occupants of a building, capacity of a place.");
        Field(t => t.Seconds, nullable: true).Description("Fastest routed time in seconds from a station of the kinds asked; null when none reaches it within the horizon.");
        Field(t => t.StationName, nullable: true).Description("The station with that time.");
        Field(t => t.Lon).Description("Longitude of a point on it, WGS84.");
        Field(t => t.Lat).Description("Latitude of a point on it, WGS84.");
    }
}
