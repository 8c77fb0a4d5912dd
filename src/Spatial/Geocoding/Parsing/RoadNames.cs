namespace FireMap.Spatial.Geocoding.Parsing;

/// <summary>A set of normalised road names searchable inside a text, leftmost then longest.</summary>
internal sealed class RoadNames
{
    private readonly HashSet<string> _names;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _minLength;
    private readonly int _maxLength;

    public RoadNames(IEnumerable<string> normalizedNames)
    {
        _names = new HashSet<string>(normalizedNames.Where(n => n.Length >= 2), StringComparer.Ordinal);
        _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        _minLength = _names.Count == 0 ? 0 : _names.Min(n => n.Length);
        _maxLength = _names.Count == 0 ? 0 : _names.Max(n => n.Length);
    }

    public int Count => _names.Count;

    public bool Contains(string name) => _names.Contains(name);

    public bool FindLeftmostLongest(string text, out int start, out int length)
    {
        for (start = 0; start + _minLength <= text.Length && _names.Count > 0; start++)
        {
            for (length = Math.Min(_maxLength, text.Length - start); length >= _minLength; length--)
            {
                if (_lookup.Contains(text.AsSpan(start, length)))
                {
                    return true;
                }
            }
        }

        start = length = 0;
        return false;
    }
}
