using FireMap.Api.Access;
using FireMap.Api.Errors;
using GraphQL.Types;

namespace FireMap.Api.Buildings;

/// <summary>The building chief (楼栋长): personal data, each read audited.</summary>
public sealed class BuildingChiefGraphType : ObjectGraphType<BuildingChief>
{
    public BuildingChiefGraphType()
    {
        Name = "BuildingChief";
        Description = "The building chief: personal data. Readable by the sub-district office, and by community and grid users inside their scope; every read is audited.";
        this.Allow(AccessRule.Personal);
        Field<StringGraphType>("name").Description("Name of the building chief.").Resolve(c => Visible(c.Source).Name);
        Field<StringGraphType>("phone").Description("Phone of the building chief.").Resolve(c => Visible(c.Source).Phone);
    }

    private static BuildingChief Visible(BuildingChief chief) => chief.InScope
        ? chief
        : throw Rejection.Of(RejectionKind.Forbidden, $"Building {chief.BuildingId} lies outside your scope: its chief is personal data.");
}
