using FireMap.Api.Access;
using FireMap.Api.Stations;
using GraphQL.Types;

namespace FireMap.Api.Duty;

/// <summary>A readiness check of a micro fire station or the sub-district brigade.</summary>
public sealed class ReadinessCheckGraphType : ObjectGraphType<ReadinessCheckRecord>
{
    public ReadinessCheckGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "ReadinessCheck";
        Description = "A readiness check (战备检查): equipment operable, staff on duty, drills, joint training with the fire-rescue station.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("stationId").Description("The station checked.").Resolve(c => c.Source.StationId);
        Field(k => k.StationName).Description("Its name.");
        Field<NonNullGraphType<StationKindGraphType>>("stationKind").Description("Its kind.").Resolve(c => c.Source.StationKind);
        Field<NonNullGraphType<DateOnlyGraphType>>("checkedOn").Description("Day of the check.").Resolve(c => c.Source.CheckedOn);
        Field(k => k.EquipmentOk).Description("Equipment operable.");
        Field(k => k.StaffOnDuty).Description("Staff found on duty.");
        Field(k => k.DrillDone).Description("A drill was held.");
        Field(k => k.JointTraining).Description("Joint training with the fire-rescue station was held.");
        Field(k => k.Note, nullable: true).Description("Note.");
        Field(k => k.CheckedBy).Description("User name of the checker.");
        Field(k => k.Version).Description("Row version.");
    }
}
