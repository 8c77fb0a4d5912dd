using GraphQL.Types;

namespace FireMap.Api.Duty;

/// <summary>A readiness check to record.</summary>
public sealed class ReadinessCheckInputGraphType : InputObjectGraphType
{
    public ReadinessCheckInputGraphType()
    {
        Name = "ReadinessCheckInput";
        Description = "A readiness check of a micro fire station or the sub-district brigade.";
        Field<NonNullGraphType<IdGraphType>>("stationId").Description("The station.");
        Field<NonNullGraphType<DateOnlyGraphType>>("checkedOn").Description("Day of the check.");
        Field<NonNullGraphType<BooleanGraphType>>("equipmentOk").Description("Equipment operable.");
        Field<NonNullGraphType<IntGraphType>>("staffOnDuty").Description("Staff found on duty, 0–500.");
        Field<NonNullGraphType<BooleanGraphType>>("drillDone").Description("A drill was held.");
        Field<NonNullGraphType<BooleanGraphType>>("jointTraining").Description("Joint training with the fire-rescue station.");
        Field<StringGraphType>("note").Description("Note, at most 1000 characters.");
    }
}
