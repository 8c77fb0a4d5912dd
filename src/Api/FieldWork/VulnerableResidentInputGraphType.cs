using GraphQL.Types;

namespace FireMap.Api.FieldWork;

/// <summary>The input of <c>saveVulnerableResident</c>.</summary>
public sealed class VulnerableResidentInputGraphType : InputObjectGraphType
{
    public VulnerableResidentInputGraphType()
    {
        Name = "VulnerableResidentInput";
        Description = "A vulnerable resident to register or change.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name.");
        Field<NonNullGraphType<VulnerableCategoryGraphType>>("category").Description("Category.");
        Field<NonNullGraphType<StringGraphType>>("address").Description("Home address; matched to a building unless buildingId is given.");
        Field<IdGraphType>("buildingId").Description("The building, when the address does not match one.");
        Field<StringGraphType>("phone").Description("Phone.");
        Field<StringGraphType>("contactPerson").Description("Contact person.");
        Field<StringGraphType>("contactPhone").Description("The contact person's phone.");
        Field<IntGraphType>("visitFrequencyDays").Description("Visit every so many days, 1–90 (default 7).");
        Field<StringGraphType>("notes").Description("Care notes.");
    }
}
