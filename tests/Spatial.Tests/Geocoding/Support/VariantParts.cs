using System.Text;

namespace FireMap.Spatial.Tests.Geocoding.Support;

/// <summary>A subject's address parts while a variant rewrites them.</summary>
internal sealed class VariantParts(AddressSubject s)
{
    public string Prefix { get; set; } = string.Empty;

    public string Road { get; set; } = s.Road;

    public string Number { get; set; } = s.Number;

    public bool RoadDropped { get; set; }

    public string Name { get; set; } = s.Name;

    public string? Building { get; set; } = s.Building;

    public string BuildingWord { get; set; } = "栋";

    public string Extra { get; set; } = s.Extra;

    public string Render(Func<string>? separator)
    {
        var parts = new List<string>();
        if (Prefix.Length > 0) { parts.Add(Prefix); }
        if (!RoadDropped) { parts.Add(Road); parts.Add(Number + "号"); }
        parts.Add(Name);
        if (Building is not null) { parts.Add(Building + BuildingWord); }
        if (Extra.Length > 0) { parts.Add(Extra); }
        if (separator is null)
        {
            return string.Concat(parts);
        }

        var sb = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            sb.Append(i > 0 ? separator() : string.Empty).Append(parts[i]);
        }

        return sb.ToString();
    }
}
