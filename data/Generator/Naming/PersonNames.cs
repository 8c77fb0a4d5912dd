namespace FireMap.DemoData.Naming;

/// <summary>
/// Placeholder personal data. Names are surname + 某某 and phone numbers are masked, so nothing
/// here can be taken for a real person even if the service leaked it.
/// </summary>
internal static class PersonNames
{
    private static readonly string[] Surnames =
    [
        "张", "李", "王", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林",
        "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "唐", "冉", "谭", "向", "秦", "蒋",
    ];

    private static readonly string[] MobilePrefixes = ["133", "135", "136", "138", "139", "150", "151", "158", "177", "186", "189"];

    public static string FakeName(Random rng) => Surnames[rng.Next(Surnames.Length)] + (rng.Next(4) == 0 ? "某" : "某某");

    /// <summary>An 11-character masked mobile number such as 138****0417, never a full number.</summary>
    public static string MaskedPhone(Random rng) =>
        MobilePrefixes[rng.Next(MobilePrefixes.Length)] + "****" + rng.Next(10000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
