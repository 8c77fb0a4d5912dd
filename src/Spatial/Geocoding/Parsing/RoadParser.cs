using System.Text.RegularExpressions;

namespace FireMap.Spatial.Geocoding.Parsing;

/// <summary>Finds the road and its house number: a known road anywhere, else a road word with a number.</summary>
internal static partial class RoadParser
{
    public static RoadMatch? Find(string text, RoadNames? roads)
    {
        if (roads is not null && roads.FindLeftmostLongest(text, out var start, out var length))
        {
            var end = start + length;
            var number = NumberPattern().Match(text, end);
            if (number.Success)
            {
                return new RoadMatch(start, end + number.Length, text.Substring(start, length), number.Groups["no"].Value, true);
            }

            return new RoadMatch(start, end, text.Substring(start, length), null, true);
        }

        var generic = GenericRoadPattern().Match(text);
        return generic.Success
            ? new RoadMatch(0, generic.Length, generic.Groups["road"].Value, generic.Groups["no"].Value, false)
            : null;
    }

    [GeneratedRegex(@"\G(?:[东南西北中]段)?(?<no>[0-9]+)(?:-[0-9]+)?(?:号(?:附[0-9]+号)?|$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(
        @"^(?<road>[\u4E00-\u9FFF]{1,10}?(?:大道|路|街|巷|弄|胡同)(?:[0-9]+(?:巷|支路|弄))?)(?:[东南西北中]段)?(?<no>[0-9]+)(?:-[0-9]+)?号(?:附[0-9]+号)?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex GenericRoadPattern();
}
