using FireMap.Spatial.Vocabulary;

namespace FireMap.DemoData.Naming;

/// <summary>
/// Chinese labels of the vocabulary's codes, for names that end in one (跃进宾馆, 钢城消防救援站):
/// the label is written once, in <see cref="Codes"/>.
/// </summary>
internal static class Labels
{
    /// <summary>The Chinese label of a place category (<c>hotel</c> → 宾馆).</summary>
    public static string Place(string category) => Chinese(Codes.PlaceCategory, category);

    /// <summary>The Chinese label of a station kind (<c>micro_station</c> → 微型消防站).</summary>
    public static string Station(string kind) => Chinese(Codes.StationKind, kind);

    private static string Chinese(CodeList list, string code) =>
        list.Find(code)?.Chinese ?? throw new ArgumentOutOfRangeException(nameof(code), code, $"not a code of {list.Name}");
}
