using GraphQL.Types;

namespace FireMap.Api.Buildings;

/// <summary>Input of <c>updateBuilding</c>: only the fields given change; an empty text clears it.</summary>
public sealed class UpdateBuildingInputGraphType : InputObjectGraphType
{
    public UpdateBuildingInputGraphType()
    {
        Name = "UpdateBuildingInput";
        Description = "Fields of a building's record to change; absent fields stay as they are, an empty text clears a unit or the chief.";
        Field<StringGraphType>("managementUnit").Description("Management unit (管理单位).");
        Field<StringGraphType>("maintenanceUnit").Description("Fire-facility maintenance contractor (维保单位).");
        Field<StringGraphType>("chiefName").Description("Building chief's name (楼栋长): personal data, roles with the personal rule only.");
        Field<StringGraphType>("chiefPhone").Description("Building chief's phone: personal data, roles with the personal rule only.");
        Field<SystemStatusGraphType>("alarmSystem").Description("Automatic fire alarm system.");
        Field<SystemStatusGraphType>("smokeControlSystem").Description("Smoke control and exhaust system.");
        Field<SystemStatusGraphType>("sprinklerSystem").Description("Automatic sprinkler system.");
        Field<SystemStatusGraphType>("hydrantSystem").Description("Indoor hydrant system.");
        Field<BooleanGraphType>("changedUse").Description("Use changed from the approved one (改变使用性质).");
        Field<BooleanGraphType>("mixedUse").Description("Mixed residential and other use.");
        Field<IntGraphType>("occupants").Description("People living or working in the building, 0 or more.");
    }
}
