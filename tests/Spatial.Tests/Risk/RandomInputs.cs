using FireMap.Spatial.Risk.Inputs;

namespace FireMap.Spatial.Tests.Risk;

/// <summary>
/// Seeded random compounds that reach every branch of the model: unknown years and distances, closed,
/// future and overdue hazards, cleared blockages, old and out-of-window incidents, empty compounds.
/// </summary>
internal sealed class RandomInputs(int seed)
{
    private readonly Random _random = new(seed);
    private long _nextId = 1;

    public Random Random => _random;

    public DateOnly AsOf { get; } = TestModels.AsOf;

    public CompoundRiskInput Compound()
    {
        var buildings = new BuildingRiskInput[_random.Next(10) == 0 ? 0 : _random.Next(1, 9)];
        for (var i = 0; i < buildings.Length; i++)
        {
            buildings[i] = Building();
        }

        return new CompoundRiskInput
        {
            Id = _nextId++,
            HasPropertyManagement = _random.Next(3) != 0,
            IsOld = _random.Next(3) == 0,
            BuiltYear = _random.Next(5) == 0 ? null : _random.Next(1950, 2026),
            FireLanes = List(_random.Next(4), Lane),
            Hazards = List(_random.Next(3), Hazard),
            Places = List(_random.Next(3), Place),
            Buildings = buildings,
        };
    }

    public BuildingRiskInput Building() => new()
    {
        Id = _nextId++,
        Use = Pick<BuildingUse>(),
        HeightMeters = 3 + (_random.NextDouble() * 100),
        BuiltYear = _random.Next(4) == 0 ? null : _random.Next(1940, 2027),
        Alarm = Pick<FireSystemStatus>(),
        SmokeControl = Pick<FireSystemStatus>(),
        Sprinkler = Pick<FireSystemStatus>(),
        Hydrant = Pick<FireSystemStatus>(),
        MixedUse = _random.Next(5) == 0,
        ChangedUse = _random.Next(8) == 0,
        Occupants = _random.Next(4) == 0 ? 0 : _random.Next(1000),
        VulnerableResidents = _random.Next(3) == 0 ? _random.Next(20) : 0,
        FireStationMeters = _random.Next(8) == 0 ? null : _random.NextDouble() * 6000,
        MicroStationMeters = _random.Next(8) == 0 ? null : _random.NextDouble() * 2500,
        Hazards = List(_random.Next(5), Hazard),
        Places = List(_random.Next(3), Place),
        Incidents = List(_random.Next(3), Incident),
    };

    /// <summary>A hazard: found before or after the as-of date, open or closed, overdue or not.</summary>
    public HazardInput Hazard()
    {
        var found = AsOf.AddDays(_random.Next(-400, 10));
        return new HazardInput
        {
            Id = _nextId++,
            Category = Pick<HazardCategory>(),
            Severity = Pick<HazardSeverity>(),
            FoundOn = found,
            Deadline = found.AddDays(_random.Next(0, 120)),
            ClosedOn = _random.Next(3) == 0 ? found.AddDays(_random.Next(0, 200)) : null,
            Supervised = _random.Next(6) == 0,
        };
    }

    /// <summary>A hazard open on the as-of date.</summary>
    public HazardInput OpenHazard() => Hazard() with { FoundOn = AsOf.AddDays(-_random.Next(0, 300)), ClosedOn = null };

    public BlockageInput Blockage() => new()
    {
        Id = _nextId++,
        RemainingWidthMeters = _random.NextDouble() * 6,
        ReportedOn = AsOf.AddDays(_random.Next(-90, 5)),
        ClearedOn = _random.Next(2) == 0 ? AsOf.AddDays(_random.Next(-60, 30)) : null,
    };

    /// <summary>A blockage active on the as-of date.</summary>
    public BlockageInput ActiveBlockage() => Blockage() with { ReportedOn = AsOf.AddDays(-_random.Next(0, 90)), ClearedOn = null };

    public T Pick<T>()
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[_random.Next(values.Length)];
    }

    public T[] Shuffled<T>(IReadOnlyList<T> items)
    {
        var copy = items.ToArray();
        _random.Shuffle(copy);
        return copy;
    }

    private FireLaneInput Lane() => new()
    {
        Id = _nextId++,
        ClearWidthMeters = 2 + (_random.NextDouble() * 6),
        ClearHeightMeters = 3 + (_random.NextDouble() * 3),
        Blockages = List(_random.Next(3), Blockage),
    };

    private PlaceInput Place() => new() { Id = _nextId++, Category = Pick<PlaceCategory>(), Capacity = _random.Next(500) };

    private IncidentInput Incident() => new()
    {
        Id = _nextId++,
        OccurredOn = AsOf.AddDays(_random.Next(-1500, 10)),
        DistanceMeters = _random.NextDouble() * 250,
    };

    private T[] List<T>(int count, Func<T> make)
    {
        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = make();
        }

        return items;
    }
}
