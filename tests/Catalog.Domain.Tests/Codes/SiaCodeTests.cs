using Catalog.Domain;
using Catalog.Domain.Codes;

namespace Catalog.Domain.Tests.Codes;

public class SiaCodeTests
{
    [Theory]
    [InlineData("2094606")]
    [InlineData("201234")]
    [InlineData("0012345")]
    public void A_numeric_code_is_kept_as_text(string text) => Assert.Equal(text, SiaCode.Parse(text).Value);

    [Theory]
    [InlineData("20946O6", "'O' is not a digit")]
    [InlineData("2094-606", "'-' is not a digit")]
    [InlineData("12345678901", "at most 10 digits")]
    [InlineData(" 2094606", "' ' is not a digit")]
    [InlineData("", "A SIA code is required")]
    [InlineData("   ", "A SIA code is required")]
    [InlineData(null, "A SIA code is required")]
    public void A_bad_sia_code_is_refused_with_a_message_naming_the_problem(string? text, string expected)
    {
        var error = Assert.Throws<InvalidCodeException>(() => SiaCode.Parse(text));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("siaCode", error.Field);
    }
}
