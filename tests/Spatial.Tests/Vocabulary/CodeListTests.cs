using System.Text.RegularExpressions;
using FireMap.Spatial.Vocabulary;

namespace FireMap.Spatial.Tests.Vocabulary;

/// <summary>Every code list is well formed: unique snake_case codes, each with a Chinese and an English label.</summary>
public sealed partial class CodeListTests
{
    public static TheoryData<string> ListNames => new(Codes.All.Select(list => list.Name));

    [Theory]
    [MemberData(nameof(ListNames))]
    public void CodeList_codes_are_unique_snake_case(string name)
    {
        var list = Codes.Find(name)!;

        Assert.NotEmpty(list.Codes);
        Assert.All(list.Codes, code => Assert.Matches(SnakeCase(), code));
        Assert.Equal(list.Codes.Count, list.Codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(ListNames))]
    public void CodeList_every_term_has_chinese_and_english_labels(string name)
    {
        var list = Codes.Find(name)!;

        Assert.All(list.Terms, term =>
        {
            Assert.False(string.IsNullOrWhiteSpace(term.Chinese), $"{list.Name}.{term.Code} has no Chinese label");
            Assert.False(string.IsNullOrWhiteSpace(term.English), $"{list.Name}.{term.Code} has no English label");
            Assert.Matches(HasChinese(), term.Chinese);
            Assert.DoesNotMatch(HasChinese(), term.English);
        });
    }

    [Theory]
    [MemberData(nameof(ListNames))]
    public void CodeList_labels_within_a_list_are_unique(string name)
    {
        var list = Codes.Find(name)!;

        Assert.Equal(list.Terms.Count, list.Terms.Select(t => t.Chinese).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(list.Terms.Count, list.Terms.Select(t => t.English).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(ListNames))]
    public void CodeList_description_and_pascal_case_name_present(string name)
    {
        var list = Codes.Find(name)!;

        Assert.Matches("^[A-Z][A-Za-z]*$", list.Name);
        Assert.False(string.IsNullOrWhiteSpace(list.Description));
        Assert.Same(list, Codes.Find(list.Key));
    }

    [Fact]
    public void Codes_all_lists_have_distinct_names()
    {
        Assert.Equal(Codes.All.Count, Codes.All.Select(list => list.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void CodeList_unknown_code_labelled_with_the_code_itself()
    {
        Assert.Equal("宾馆", Codes.PlaceCategory.Label("hotel", Language.Chinese));
        Assert.Equal("Hotel", Codes.PlaceCategory.Label("hotel", Language.English));
        Assert.Equal("no_such_code", Codes.PlaceCategory.Label("no_such_code", Language.Chinese));
        Assert.False(Codes.PlaceCategory.Contains("Hotel"));
        Assert.Null(Codes.PlaceCategory.Find(null));
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HasChinese();
}
