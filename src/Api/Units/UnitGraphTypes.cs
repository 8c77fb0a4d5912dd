using FireMap.Api.Access;
using FireMap.Api.GraphQL.Types;
using FireMap.Api.Hazards;
using GraphQL.Types;

namespace FireMap.Api.Units;

/// <summary>A unit of the register (辖区单位/重点单位).</summary>
public sealed class UnitGraphType : ObjectGraphType<UnitRecord>
{
    public UnitGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "Unit";
        Description = "A unit of the sub-district (辖区单位): enterprise, shop, school, hospital, warehouse…, with the places and buildings it occupies.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id.").Resolve(c => c.Source.Id);
        Field(u => u.Code).Description("Code, e.g. DW0012.");
        Field(u => u.Name).Description("Name of the unit.");
        Field<NonNullGraphType<UnitKindGraphType>>("kind").Description("Kind of unit.").Resolve(c => c.Source.Kind);
        Field(u => u.Address).Description("Address.");
        Field(u => u.KeyUnit).Description("A key unit for fire safety (消防安全重点单位).");
        Field<DateOnlyGraphType>("selfInspectedOn").Description("Last self-inspection (自知自查自改).").Resolve(c => c.Source.SelfInspectedOn);
        Field<NonNullGraphType<UnitCommitmentGraphType>>("commitment").Description("The public commitment (公示承诺).").Resolve(c => c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitPremisesGraphType>>>>("premises")
            .Description("The places and buildings it occupies, in the order given.").Resolve(c => c.Source.Premises);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitTrainingGraphType>>>>("trainings")
            .Description("Key persons of the eight kinds (八类人员) trained; a kind not listed has none trained.").Resolve(c => c.Source.Trainings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitConcernGraphType>>>>("concerns")
            .Description("What the register finds over the unit, its places and buildings: converted industrial buildings used as crowded places, restaurants or entertainment in high-rises.")
            .Resolve(c => c.Source.Concerns);
        Field(u => u.CommunityCode).Description("Division code of its community.");
        Field(u => u.GridCode, nullable: true).Description("Code of its grid, if it lies in one.");
        Field<UnitContactsGraphType>("contacts")
            .Description("Fire-safety responsible person and manager (单位消防安全责任人、管理人): personal data. FORBIDDEN for roles without access to personal data; each read is audited.")
            .Allow(AccessRule.Personal)
            .Resolve(c => c.RequestServices!.GetRequiredService<UnitContactsLoader>().Load(c.Source.Id));
        Field(u => u.Version).Description("Row version, for optimistic concurrency (expectedVersion of updateUnit).");
        Field<NonNullGraphType<GeoJsonGraphType>>("geometry").Description("Location as a GeoJSON Point.").Resolve(c => c.Source.Geometry);
    }
}

/// <summary>A unit's public commitment, with whether it is overdue today.</summary>
public sealed class UnitCommitmentGraphType : ObjectGraphType<UnitRecord>
{
    public UnitCommitmentGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "UnitCommitment";
        Description = "The unit's public fire-safety commitment (公示承诺).";
        Field<DateOnlyGraphType>("signedOn").Description("When it was last signed.").Resolve(c => c.Source.CommitmentSignedOn);
        Field<DateOnlyGraphType>("nextDue").Description("When it is next due.").Resolve(c => c.Source.CommitmentNextDue);
        Field<NonNullGraphType<BooleanGraphType>>("posted").Description("Posted in public view.").Resolve(c => c.Source.CommitmentPosted);
        Field<NonNullGraphType<BooleanGraphType>>("overdue").Description("Never signed, or next due before today (China time).")
            .Resolve(c => c.Source.CommitmentSignedOn is null
                || c.Source.CommitmentNextDue < c.RequestServices!.GetRequiredService<HazardCalendar>().Today);
    }
}

/// <summary>A place or building a unit occupies.</summary>
public sealed class UnitPremisesGraphType : ObjectGraphType<UnitPremises>
{
    public UnitPremisesGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "UnitPremises";
        Description = "A place or a building a unit occupies (one of buildingId and placeId is set).";
        Field<IdGraphType>("buildingId").Description("The building, when it is one.").Resolve(c => c.Source.BuildingId);
        Field<IdGraphType>("placeId").Description("The place, when it is one.").Resolve(c => c.Source.PlaceId);
        Field(p => p.Code).Description("Code of the building or place.");
        Field(p => p.Name).Description("Name of the building or place.");
    }
}

/// <summary>Key persons of one kind a unit has had trained.</summary>
public sealed class UnitTrainingGraphType : ObjectGraphType<UnitTraining>
{
    public UnitTrainingGraphType()
    {
        this.Allow(AccessRule.Read);
        Name = "UnitTraining";
        Description = "Key persons of one of the eight kinds (八类人员) trained.";
        Field<NonNullGraphType<KeyPersonKindGraphType>>("kind").Description("Kind of key person.").Resolve(c => c.Source.Kind);
        Field(t => t.People).Description("How many are trained.");
        Field<DateOnlyGraphType>("trainedOn").Description("When last trained.").Resolve(c => c.Source.TrainedOn);
    }
}

/// <summary>The responsible person and manager of a unit: personal data.</summary>
public sealed class UnitContactsGraphType : ObjectGraphType<UnitContacts>
{
    public UnitContactsGraphType()
    {
        this.Allow(AccessRule.Personal);
        Name = "UnitContacts";
        Description = "The fire-safety responsible person and manager of a unit: personal data, readable inside the reader's scope; every read is audited.";
        Field<StringGraphType>("responsibleName").Description("Fire-safety responsible person (消防安全责任人).").Resolve(c => Visible(c.Source).ResponsibleName);
        Field<StringGraphType>("responsiblePhone").Description("Their phone.").Resolve(c => Visible(c.Source).ResponsiblePhone);
        Field<StringGraphType>("managerName").Description("Fire-safety manager (消防安全管理人).").Resolve(c => Visible(c.Source).ManagerName);
        Field<StringGraphType>("managerPhone").Description("Their phone.").Resolve(c => Visible(c.Source).ManagerPhone);
    }

    private static UnitContacts Visible(UnitContacts contacts) => contacts.InScope
        ? contacts
        : throw Errors.Rejection.Of(Errors.RejectionKind.Forbidden, $"Unit {contacts.UnitId} lies outside your scope: its contacts are personal data.");
}
