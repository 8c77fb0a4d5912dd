using FireMap.Spatial.Geocoding.Normalization;

namespace FireMap.Spatial.Geocoding.Parsing;

/// <summary>
/// A dictionary of administrative divisions the parser recognises by full name (大渡口区) or short form
/// (大渡口), with their codes so that a name that exists in several places (鼓楼区) is resolved by the
/// levels written before it.
/// </summary>
/// <remarks>
/// <see cref="BuiltIn"/> holds the 34 province-level divisions. Callers add what they know: the gazetteer
/// adds its own area and communities; a national list (e.g. the NBS division codes) can be loaded with
/// <see cref="FromCodes"/>. Levels without a dictionary entry are still parsed by their suffix (…区, …街道).
/// </remarks>
public sealed class AdministrativeDivisions
{
    private readonly Dictionary<string, List<DivisionName>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Division> _byCode = new(StringComparer.Ordinal);
    private readonly List<Division> _all = [];

    /// <summary>Builds a dictionary from divisions; duplicates (same name, level and code) count once.</summary>
    /// <param name="divisions">The divisions, any order.</param>
    public AdministrativeDivisions(IEnumerable<Division> divisions)
    {
        ArgumentNullException.ThrowIfNull(divisions);
        foreach (var division in divisions)
        {
            Add(division);
        }

        Lookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The 34 province-level divisions (北京市 … 澳门特别行政区) with their 2-digit codes.</summary>
    public static AdministrativeDivisions BuiltIn { get; } = new(Provinces.All);

    /// <summary>The number of divisions.</summary>
    public int Count => _all.Count;

    /// <summary>All divisions, in the order added.</summary>
    public IReadOnlyList<Division> Divisions => _all;

    internal Dictionary<string, List<DivisionName>>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

    internal int MaxNameLength { get; private set; }

    /// <summary>
    /// Builds a dictionary from division codes and names, the level taken from the code: 2, 4, 6, 9 or 12
    /// significant digits, or a 12-digit (or 6-digit) code padded with zeros (500104000000 is 大渡口区).
    /// </summary>
    /// <param name="rows">Pairs of code and official name; rows with an unreadable code are skipped.</param>
    public static AdministrativeDivisions FromCodes(IEnumerable<(string Code, string Name)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var divisions = new List<Division>();
        foreach (var (code, name) in rows)
        {
            var significant = DivisionNames.SignificantCode(code?.Trim());
            var level = significant is null ? null : DivisionNames.LevelOfCode(significant);
            if (level is { } l && !string.IsNullOrWhiteSpace(name))
            {
                divisions.Add(new Division(name.Trim(), l, significant));
            }
        }

        return new AdministrativeDivisions(divisions);
    }

    /// <summary>A new dictionary with these divisions and <paramref name="more"/>.</summary>
    /// <param name="more">Divisions to add.</param>
    public AdministrativeDivisions With(IEnumerable<Division> more)
    {
        ArgumentNullException.ThrowIfNull(more);
        return new AdministrativeDivisions(_all.Concat(more));
    }

    /// <summary>The division with this code (significant digits or zero-padded), or null.</summary>
    /// <param name="code">A division code, e.g. 500104 or 500104000000.</param>
    public Division? FindByCode(string code) =>
        DivisionNames.SignificantCode(code) is { } c && _byCode.TryGetValue(c, out var d) ? d : null;

    private void Add(Division division)
    {
        var name = AddressNormalizer.Normalize(division.Name);
        if (name.Length < 2)
        {
            return;
        }

        var canonical = division with { Name = name };
        if (!AddName(name, canonical, isShort: false))
        {
            return;
        }

        _all.Add(canonical);
        if (canonical.Code is { } code)
        {
            _byCode.TryAdd(code, canonical);
        }

        if (DivisionNames.ShortName(name, canonical.Level) is { } shortName)
        {
            AddName(shortName, canonical, isShort: true);
        }
    }

    private bool AddName(string name, Division division, bool isShort)
    {
        if (!_byName.TryGetValue(name, out var list))
        {
            list = [];
            _byName[name] = list;
        }

        if (list.Exists(n => n.Division == division))
        {
            return false;
        }

        list.Add(new DivisionName(division, isShort));
        MaxNameLength = Math.Max(MaxNameLength, name.Length);
        return true;
    }
}
