using FireMap.Api.Access;
using FireMap.Api.Stations;
using GraphQL.Types;

namespace FireMap.Api.Coverage;

/// <summary>What a candidate station would change.</summary>
public sealed class CoverageWhatIfGraphType : ObjectGraphType<CoverageWhatIfAnswer>
{
    public CoverageWhatIfGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "CoverageWhatIf";
        Description = "Coverage by the stations of one kind before and after adding a candidate station; nothing is stored.";
        Field(t => t.Minutes).Description("The minutes asked.");
        Field<NonNullGraphType<StationKindGraphType>>("kind").Description("Kind of the candidate (and of the stations counted).").Resolve(c => c.Source.Kind);
        Field(t => t.BuildingsOutsideBefore).Description("Buildings outside the reach now.");
        Field(t => t.BuildingsOutsideAfter).Description("Buildings outside the reach with the candidate.");
        Field(t => t.BuildingsNewlyCovered).Description("Buildings the candidate brings within reach.");
        Field(t => t.OccupantsOutsideBefore).Description("Occupants outside now.");
        Field(t => t.OccupantsOutsideAfter).Description("Occupants outside with the candidate.");
        Field(t => t.OccupantsNewlyCovered).Description("Occupants the candidate brings within reach.");
    }
}
