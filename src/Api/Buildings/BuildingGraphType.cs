using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using GraphQL.Types;

namespace FireMap.Api.Buildings;

/// <summary>A building. Its chief (personal data) is a separate, audited field for the roles that may read it.</summary>
public sealed class BuildingGraphType : ObjectGraphType<BuildingRecord>
{
    public BuildingGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "Building";
        Description = "A building footprint with its use, height and fire systems.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(b => b.Code).Description("Natural key from the source data.");
        Field(b => b.Name).Description("Name, e.g. 3栋.");
        Field(b => b.BuildingNo, nullable: true).Description("Building number within its compound.");
        Field(b => b.Address).Description("Full address.");
        Field(b => b.Floors).Description("Floors above ground.");
        Field<NonNullGraphType<FloatGraphType>>("heightMeters").Description("Height in metres.").Resolve(c => (double)c.Source.HeightMeters);
        Field<NonNullGraphType<UseClassGraphType>>("useClass").Description("Use class.").Resolve(c => c.Source.UseClass);
        Field(b => b.IsHighRise).Description("High-rise per GB 50016: residential over 27 m, other over 24 m.");
        Field(b => b.BuiltYear, nullable: true).Description("Year built.");
        Field(b => b.ManagementUnit, nullable: true).Description("Management unit (管理单位).");
        Field(b => b.MaintenanceUnit, nullable: true).Description("Fire-facility maintenance unit (维保单位).");
        Field<NonNullGraphType<SystemStatusGraphType>>("alarmSystem").Description("Automatic fire alarm system.").Resolve(c => c.Source.AlarmSystem);
        Field<NonNullGraphType<SystemStatusGraphType>>("smokeControlSystem").Description("Smoke control and exhaust system.").Resolve(c => c.Source.SmokeControlSystem);
        Field<NonNullGraphType<SystemStatusGraphType>>("sprinklerSystem").Description("Automatic sprinkler system.").Resolve(c => c.Source.SprinklerSystem);
        Field<NonNullGraphType<SystemStatusGraphType>>("hydrantSystem").Description("Indoor hydrant system.").Resolve(c => c.Source.HydrantSystem);
        Field(b => b.ChangedUse).Description("Use changed from the approved one (改变使用性质).");
        Field(b => b.MixedUse).Description("Mixed residential and other use.");
        Field(b => b.Occupants).Description("People living or working in the building.");
        Field<IdGraphType>("compoundId").Description("Id of the compound the building belongs to, if any.").Resolve(c => c.Source.CompoundId);
        Field(b => b.CompoundName, nullable: true).Description("Name of the compound the building belongs to, if any.");
        Field(b => b.CommunityCode).Description("Division code of the community (社区).");
        Field(b => b.CommunityName).Description("Name of the community (社区).");
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("Footprint as a GeoJSON MultiPolygon.").Resolve(c => c.Source.Geometry);
        Field(b => b.Version).Description("Version for optimistic concurrency: pass it as expectedVersion to updateBuilding.");
        Field<BuildingChiefGraphType>("chief")
            .Description("The building chief (楼栋长): personal data. FORBIDDEN for roles without access to personal data; each read is audited.")
            .Allow(AccessRule.Personal)
            .Resolve(c => c.RequestServices!.GetRequiredService<BuildingChiefLoader>().Load(c.Source.Id));
    }
}
