using FireMap.DemoData.Layout;

namespace FireMap.DemoData.Model;

/// <summary>Everything generated, in local metres, in the order it is written.</summary>
internal sealed class DemoWorld(StreetGrid streets)
{
    public StreetGrid Streets => streets;

    public AddressBook Addresses { get; } = new();

    public List<Community> Communities { get; } = [];

    public List<GridArea> Grids { get; } = [];

    public List<Compound> Compounds { get; } = [];

    public List<Building> Buildings { get; } = [];

    public List<Place> Places { get; } = [];

    public List<Road> Roads { get; } = [];

    public List<FireLane> FireLanes { get; } = [];

    public List<Blockage> Blockages { get; } = [];

    public List<Station> Stations { get; } = [];

    public List<Hydrant> Hydrants { get; } = [];

    public List<Incident> Incidents { get; } = [];

    public List<Hazard> Hazards { get; } = [];

    /// <summary>Plots of the non-residential blocks, by kind, for buildings and places outside compounds.</summary>
    public List<(BlockKind Kind, Parcel Parcel)> SpecialParcels { get; } = [];

    public Community CommunityOf(int i, int j) =>
        Communities.First(c => c.Key == StreetPlan.GridKeyAt(i, j)[0]);

    public GridArea GridOf(int i, int j) => Grids.First(g => g.Key == StreetPlan.GridKeyAt(i, j));

    public Compound CompoundByCode(string code) => Compounds.First(c => c.Code == code);

    public string CommunityName(string code) => Communities.First(c => c.Code == code).Name;
}
