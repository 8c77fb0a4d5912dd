namespace FireMap.DemoData.Naming;

/// <summary>Wording of fire reports (火灾简要情况) by cause; {0} is where it happened.</summary>
internal static class IncidentTexts
{
    public static IReadOnlyDictionary<string, string[]> ByCause { get; } = new Dictionary<string, string[]>
    {
        ["electrical"] = ["{0}电气线路老化短路引发火灾", "{0}大功率电器使用不当引燃周边可燃物", "{0}插线板过载起火"],
        ["ebike"] = ["{0}电动自行车充电时电池起火", "{0}楼道内电动自行车飞线充电起火"],
        ["cooking"] = ["{0}厨房用火不慎，油锅起火", "{0}炉灶无人看管引燃油烟管道"],
        ["smoking"] = ["{0}遗留烟头引燃杂物", "{0}卧床吸烟引燃被褥"],
        ["open_flame"] = ["{0}焚烧纸钱引燃周边可燃物", "{0}电焊作业火星引燃保温材料"],
        ["arson"] = ["{0}人为纵火，已移交公安机关"],
        ["other"] = ["{0}儿童玩火引发火灾", "{0}起火原因待查"],
    };

    /// <summary>Fires in the open, by the road; only these causes occur there.</summary>
    public static IReadOnlyDictionary<string, string[]> OutdoorByCause { get; } = new Dictionary<string, string[]>
    {
        ["smoking"] = ["{0}路边垃圾桶被遗留烟头引燃"],
        ["open_flame"] = ["{0}路边焚烧纸钱引燃绿化带枯草", "{0}路边焚烧垃圾引燃杂物堆"],
        ["arson"] = ["{0}路边停放车辆被人为纵火，已移交公安机关"],
        ["other"] = ["{0}路边儿童玩火引燃杂物堆", "{0}路边杂物堆起火，原因待查"],
    };

    public static string Describe(string cause, string where, int burntSquareMetres, Random rng, bool outdoors = false)
    {
        var templates = (outdoors ? OutdoorByCause : ByCause)[cause];
        var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, templates[rng.Next(templates.Length)], where);
        return burntSquareMetres > 0 ? $"{text}，过火面积约{burntSquareMetres}平方米" : text;
    }
}
