using GraphQL.Types;

namespace FireMap.Api.Compounds;

/// <summary>Input of <c>updateCompound</c>: only the fields given change; an empty text clears it.</summary>
public sealed class UpdateCompoundInputGraphType : InputObjectGraphType
{
    public UpdateCompoundInputGraphType()
    {
        Name = "UpdateCompoundInput";
        Description = "Fields of a compound's record to change; absent fields stay as they are, an empty text clears a unit.";
        Field<StringGraphType>("propertyManagementUnit").Description("Property management (物业); cleared means none (无物业).");
        Field<StringGraphType>("maintenanceUnit").Description("Fire-facility maintenance contractor (维保单位).");
    }
}
