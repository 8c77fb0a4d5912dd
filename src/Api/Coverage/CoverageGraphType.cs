using FireMap.Api.Access;
using FireMap.Api.Stations;
using GraphQL.Types;

namespace FireMap.Api.Coverage;

/// <summary>Who lies outside the drive-time reach of the stations of some kinds.</summary>
public sealed class CoverageGraphType : ObjectGraphType<CoverageAnswer>
{
    public CoverageGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "Coverage";
        Description = "Buildings, compounds and places outside the reach by road of every station of the kinds asked, within the minutes asked.";
        Field(t => t.Minutes).Description("The minutes asked.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StationKindGraphType>>>>("kinds").Description("The station kinds counted.").Resolve(c => c.Source.Kinds);
        Field(t => t.Buildings).Description("Buildings in scope.");
        Field(t => t.BuildingsOutside).Description("Buildings outside the reach.");
        Field(t => t.OccupantsOutside).Description("Occupants of buildings outside the reach.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UncoveredTargetGraphType>>>>("outsideBuildings")
            .Description("Buildings outside, slowest first (unreachable first), up to `first`.").Resolve(c => c.Source.OutsideBuildings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UncoveredCompoundGraphType>>>>("outsideCompounds")
            .Description("Compounds with buildings outside, most first, up to `first`.").Resolve(c => c.Source.OutsideCompounds);
        Field(t => t.Places).Description("Places in scope.");
        Field(t => t.PlacesOutside).Description("Places outside the reach.");
        Field(t => t.CapacityOutside).Description("Capacity of places outside the reach.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UncoveredTargetGraphType>>>>("outsidePlaces")
            .Description("Places outside, slowest first, up to `first`.").Resolve(c => c.Source.OutsidePlaces);
    }
}
