using System.Text.RegularExpressions;

namespace FireMap.Spatial.Geocoding.Parsing;

/// <summary>
/// Splits what follows the road and number into the compound or place name and the parts inside it:
/// 楼栋, 单元, 楼层, 房号, and a trailing remark (旁, 附近, 对面).
/// </summary>
/// <remarks>
/// Dash forms as people write them in Chongqing: after a 栋 or 单元, "4-1" is floor 4, room 1; with no 栋,
/// "3-2-501" is building 3, unit 2, room 501 and "17-11" is floor 17, room 11. A bare "9号" right after a
/// name (中渝都会9号) is read as building 9: the road's number was taken before. A bare number after 单元,
/// a floor or 栋 is the room (2单元501).
/// </remarks>
internal static partial class TailParser
{
    public static TailParts Parse(string text)
    {
        if (text.Length == 0)
        {
            return new TailParts(string.Empty, null, null, null, null, null);
        }

        var m = TailPattern().Match(text);
        if (m.Groups["name"].Length == text.Length && BuildingWord().Match(text) is { Success: true } word)
        {
            // Text the rules do not read follows the building (钢花小区3栋靠马路那边): keep the name and the
            // building, and leave the rest as a remark.
            return new TailParts(text[..word.Index], word.Groups["no"].Value, null, null, null, text[(word.Index + word.Length)..]);
        }

        var building = Value(m, "building") ?? Value(m, "bno");
        var unit = Value(m, "unit");
        var floor = Value(m, "floor");
        var room = Value(m, "room");
        if (Value(m, "pair") is { } pair)
        {
            var parts = pair.Split('-');
            if (parts.Length == 3 && building is null)
            {
                (building, unit, room) = (parts[0], unit ?? parts[1], parts[2]);
            }
            else
            {
                (floor, room) = (parts[0], parts[^1]);
            }
        }

        var name = m.Groups["name"].Value;
        if (name.Length == 0 && Value(m, "bno") is not null)
        {
            // "9号" alone is a number, not a building of a named place.
            return new TailParts(text, null, null, null, null, null);
        }

        return new TailParts(name, building, unit, floor, room, Value(m, "remark"));
    }

    private static string? Value(Match m, string group)
    {
        var g = m.Groups[group];
        if (!g.Success || g.Length == 0)
        {
            return null;
        }

        var v = g.Value;
        return group switch
        {
            "building" => v[..^1],
            "bno" => v[..^1],
            "unit" => v[..^2],
            "floor" when v is not "底层" && (v[^1] is '层' or '楼' or 'F') => v[..^1],
            "room" when v[^1] is '室' or '户' => v[..^1],
            "room" when v.EndsWith("号房", StringComparison.Ordinal) => v[..^2],
            "room" when v[^1] == '号' && char.IsAsciiDigit(v[0]) => v[..^1],
            _ => v,
        };
    }

    [GeneratedRegex(
        @"^(?<name>.*?)(?:(?<building>(?:[0-9]+|[A-Z][0-9]*)栋)|(?<bno>[0-9]+号)(?=[0-9]|单元|$))?(?<unit>[0-9]+单元)?" +
        @"(?:(?<floor>[0-9]+(?:层|楼|F)|底层|地下[0-9]*层|B[0-9]+)|(?<pair>[0-9]+-[0-9]+(?:-[0-9]+)?))?" +
        @"(?<room>(?:[0-9]+号)?门面|[0-9]+(?:室|号房|户)|(?<=单元|层|楼|F|栋)[0-9]+号?)?(?<remark>旁边|旁|附近|对面|门口)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TailPattern();

    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})(?<no>[0-9]+|[A-Z][0-9]*)栋", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BuildingWord();
}
