using System.Globalization;
using FireMap.Api.Buildings;
using FireMap.Api.Exports;
using FireMap.Api.Hydrants;
using FireMap.Api.Places;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Api.Proximity;

/// <summary>Header and rows of each radius-search export, in Chinese or English.</summary>
internal static class WithinCsvRows
{
    public static List<string[]> Buildings(IEnumerable<Hit<BuildingRecord>> hits, Language language) =>
    [
        language == Language.English
            ? ["distance_m", "code", "name", "address", "compound", "floors", "height_m", "use", "high_rise", "occupants"]
            : ["距离(米)", "编码", "名称", "地址", "小区", "层数", "高度(米)", "用途", "高层建筑", "人数"],
        .. hits.Select(h => new[]
        {
            Meters(h.DistanceMeters), h.Node.Code, h.Node.Name, h.Node.Address, h.Node.CompoundName ?? "",
            h.Node.Floors.ToString(CultureInfo.InvariantCulture), h.Node.HeightMeters.ToString(CultureInfo.InvariantCulture),
            Codes.UseClass.Label(h.Node.UseClass, language), ExportText.YesNo(h.Node.IsHighRise, language),
            h.Node.Occupants.ToString(CultureInfo.InvariantCulture),
        }),
    ];

    public static List<string[]> Places(IEnumerable<Hit<PlaceRecord>> hits, Language language) =>
    [
        language == Language.English
            ? ["distance_m", "code", "name", "category", "address", "capacity"]
            : ["距离(米)", "编码", "名称", "类别", "地址", "容纳人数"],
        .. hits.Select(h => new[]
        {
            Meters(h.DistanceMeters), h.Node.Code, h.Node.Name, Codes.PlaceCategory.Label(h.Node.Category, language), h.Node.Address,
            h.Node.Capacity.ToString(CultureInfo.InvariantCulture),
        }),
    ];

    public static List<string[]> Hydrants(IEnumerable<Hit<HydrantRecord>> hits, Language language) =>
    [
        language == Language.English
            ? ["distance_m", "code", "kind", "status", "address"]
            : ["距离(米)", "编码", "类型", "状态", "地址"],
        .. hits.Select(h => new[]
        {
            Meters(h.DistanceMeters), h.Node.Code, Codes.HydrantKind.Label(h.Node.Kind, language), Codes.HydrantStatus.Label(h.Node.Status, language),
            h.Node.Address ?? "",
        }),
    ];

    private static string Meters(double meters) => meters.ToString("0.0", CultureInfo.InvariantCulture);
}
