namespace FireMap.Spatial.Geocoding.Parsing;

/// <summary>The administrative levels found at the start of an address, and where they end.</summary>
internal sealed class AdminChain
{
    private readonly AdministrativeUnit?[] _units = new AdministrativeUnit?[6];

    public AdminChain(int start)
    {
        Start = start;
        End = start;
    }

    /// <summary>Where the first level starts: 0 unless text before it was skipped.</summary>
    public int Start { get; }

    /// <summary>Where the text after the last level starts.</summary>
    public int End { get; set; }

    public int Count { get; private set; }

    public AdministrativeUnit? this[AdministrativeLevel level] => _units[(int)level];

    public void Set(AdministrativeUnit unit)
    {
        if (_units[(int)unit.Level] is null)
        {
            Count++;
        }

        _units[(int)unit.Level] = unit;
    }

    /// <summary>The code of the most specific level whose division is known, or null.</summary>
    public string? DeepestCode()
    {
        for (var level = 5; level >= 1; level--)
        {
            if (_units[level]?.Code is { } code)
            {
                return code;
            }
        }

        return null;
    }
}
