using FireMap.Api.Exports;

namespace FireMap.Api.Tests.Exports;

/// <summary>The one CSV writer of every export never hands a spreadsheet a formula.</summary>
public sealed class CsvTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("+86 138 0000 0000", "'+86 138 0000 0000")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("12", "12")]
    [InlineData("跃进村", "跃进村")]
    public void Write_of_cell_starting_like_a_formula_prefixes_a_quote(string cell, string written)
    {
        Assert.Equal(written + "\r\n", CsvText.Write([[cell]]));
    }
}
