using System.Text.RegularExpressions;
using FireMap.Spatial.Geocoding.Normalization;
using FireMap.Spatial.Geocoding.Parsing;
using FireMap.Spatial.Tests.Geocoding.Support;
using Xunit.Abstractions;

namespace FireMap.Spatial.Tests.Geocoding;

/// <summary>
/// The parser's 省/市/区 levels on real messy input: the Chongqing company addresses and the test cases of
/// the cpca address mapper, read from ../shared/realdata/cn_address (not copied into this repository).
/// </summary>
public sealed partial class CpcaRealDataTests(ITestOutputHelper output)
{
    private const string Folder = "cn_address";

    [RealDataFact(Folder)]
    public void Parse_chongqing_company_addresses_district_and_road_as_written()
    {
        var areas = CsvRows.Read(File("modood_areas_chongqing.csv")).Select(r => (Code: r[0], Name: r[1])).ToList();
        var streets = CsvRows.Read(File("modood_streets_chongqing.csv")).Select(r => (Code: r[0], Name: r[1]));
        var parser = new AddressParser(new AddressParserOptions
        {
            Divisions = AdministrativeDivisions.BuiltIn.With(AdministrativeDivisions.FromCodes(areas.Concat(streets)).Divisions),
        });
        var addresses = CsvRows.Read(File("cpca_tests_addr_chongqing.csv")).Select(r => r[0]).ToList();
        var districtAtStart = new Regex($"^重庆市?(?<d>{string.Join('|', areas.Select(a => a.Name))})");
        int withDistrict = 0, withRoad = 0, withName = 0;
        foreach (var address in addresses)
        {
            var p = parser.Parse(address);
            var normalized = AddressNormalizer.Normalize(address);
            if (normalized.StartsWith("重庆", StringComparison.Ordinal))
            {
                Assert.Equal(("重庆市", "50"), (p.Province?.Name, p.Province?.Code));
            }

            var written = districtAtStart.Match(normalized);
            if (written.Success)
            {
                var d = written.Groups["d"].Value;
                Assert.Equal((d, areas.First(a => a.Name == d).Code), (p.District?.Name, p.District?.Code));
                withDistrict++;
                var road = RoadAfterDistrict().Match(normalized[written.Length..]);
                if (road.Success)
                {
                    Assert.Equal((road.Groups["road"].Value, road.Groups["no"].Value), (p.Road, p.HouseNumber));
                    withRoad++;
                }
            }

            if (p.District?.Code is not null && p.District.Text is { } text)
            {
                Assert.Contains(text, normalized, StringComparison.Ordinal);
            }

            withName += p.Name.Length > 0 ? 1 : 0;
        }

        output.WriteLine($"{addresses.Count} addresses: {withDistrict} with a district written after 重庆(市), {withRoad} of them with road and number; {withName} with a name part");
        Assert.True(withDistrict >= 200 && withRoad >= 80, $"{withDistrict} districts, {withRoad} roads");
    }

    [RealDataFact(Folder)]
    public void Parse_cpca_transform_cases_province_city_district_and_code_as_cpca()
    {
        var divisions = AdministrativeDivisions.BuiltIn.With(
            AdministrativeDivisions.FromCodes(CsvRows.Read(File("cpca_adcodes_with_centroids.csv")).Select(r => (r[0], r[1]))).Divisions);
        var parser = new AddressParser(new AddressParserOptions { Divisions = divisions, ScanForDivisions = true });
        var source = System.IO.File.ReadAllText(File("cpca_test_cpca.py.txt"));
        var inputs = ListItems(Between(source, "addr_list = [", "]"));
        var expectations = AssertLines().Matches(Regex.Replace(Between(source, "def assert_addr", "def test_transform"), @"\s+", " "));
        var checkedCases = 0;
        foreach (Match e in expectations)
        {
            var index = int.Parse(e.Groups["i"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (inputs[index] is not { } input)
            {
                continue;
            }

            var p = parser.Parse(input);
            var code = p.District?.Code ?? p.City?.Code ?? p.Province?.Code;
            var actual = (p.Province?.Name, p.City?.Name, p.District?.Name, code?.PadRight(12, '0'));
            var expected = (Py(e.Groups["p"].Value), Py(e.Groups["c"].Value), Py(e.Groups["d"].Value), Py(e.Groups["code"].Value)?.PadRight(12, '0'));
            output.WriteLine($"{input} → {actual}");
            Assert.Equal(expected, actual);
            checkedCases++;
        }

        Assert.True(checkedCases >= 10, $"only {checkedCases} cpca cases found");
    }

    [RealDataFact(Folder)]
    public void Parse_cpca_umap_cases_ambiguous_district_left_without_code()
    {
        var divisions = AdministrativeDivisions.FromCodes(CsvRows.Read(File("cpca_adcodes_with_centroids.csv")).Select(r => (r[0], r[1])));
        var parser = new AddressParser(new AddressParserOptions { Divisions = AdministrativeDivisions.BuiltIn.With(divisions.Divisions) });
        var source = System.IO.File.ReadAllText(File("cpca_test_cpca.py.txt"));
        var inputs = ListItems(Between(source, "addrs = [", "]"));

        // 朝阳区 alone is in 北京 and in 长春: cpca needs a user map to choose; the parser says it cannot.
        var alone = parser.Parse(inputs[0]);
        Assert.Equal(("朝阳区", (string?)null), (alone.District?.Name, alone.District?.Code));
        var inJilin = parser.Parse(inputs[1]);
        Assert.Equal(("吉林省", "长春市", "220104"), (inJilin.Province?.Name, inJilin.City?.Name, inJilin.District?.Code));
    }

    private static string File(string name)
    {
        var path = RepositoryPaths.RealData(Folder, name);
        Assert.True(System.IO.File.Exists(path), $"{path} is missing; the real data folder ../shared/realdata/{Folder} is required when CI is set");
        return path;
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }

    // The items of a Python list literal: strings as themselves, anything else (32323) as null.
    private static List<string?> ListItems(string list) =>
        [.. PyItem().Matches(Regex.Replace(list, "#[^\n]*", string.Empty)).Select(m => m.Groups["s"].Success ? m.Groups["s"].Value : null)];

    private static string? Py(string literal) => literal == "None" ? null : literal.Trim('\'', '"');

    // After the district, an optional 街道 or 镇, then a road of 2–6 characters ending in 路 or 大道 and its number.
    [GeneratedRegex(@"^(?:[\u4E00-\u9FFF]{2,5}?(?:街道|镇))?(?<road>[\u4E00-\u9FFF]{2,6}?(?:路|大道))(?<no>[0-9]+)号")]
    private static partial Regex RoadAfterDistrict();

    [GeneratedRegex(@"_assert_line\(addr_df, pos_sensitive, (?<i>\d+), (?<p>None|'[^']*'|""[^""]*""), (?<c>None|'[^']*'|""[^""]*""), (?<d>None|'[^']*'|""[^""]*""), (?<a>None|'[^']*'|""[^""]*""), (?<code>None|'[^']*'|""[^""]*"")")]
    private static partial Regex AssertLines();

    [GeneratedRegex(@"[""'](?<s>[^""']*)[""']|(?<n>\d+)")]
    private static partial Regex PyItem();
}
