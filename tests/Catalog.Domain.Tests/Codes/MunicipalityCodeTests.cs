using Catalog.Domain;
using Catalog.Domain.Codes;

namespace Catalog.Domain.Tests.Codes;

public class MunicipalityCodeTests
{
    [Theory]
    [InlineData("28079", "28079")]
    [InlineData("280796", "28079")]
    [InlineData("L01280796", "28079")]
    [InlineData(" L01280066 ", "28006")]
    [InlineData("l01280066", "28006")]
    public void A_municipality_is_named_by_its_ine_code_with_or_without_check_digit_or_its_council_dir3_code(string text, string ine)
        => Assert.Equal(ine, MunicipalityCode.Parse(text).Value);

    [Theory]
    [InlineData("EA0003024", "is not a town council's")]
    [InlineData("L01280795", "check digit")]
    [InlineData("280795", "check digit 5, but the check digit of 28079 is 6")]
    [InlineData("2807", "has 4 characters")]
    [InlineData("28O79", "digits only")]
    [InlineData("99079", "province '99'")]
    [InlineData("", "A municipality is required")]
    [InlineData(null, "A municipality is required")]
    public void A_code_that_names_no_municipality_is_refused_with_the_reason(string? text, string expected)
    {
        var error = Assert.Throws<InvalidCodeException>(() => MunicipalityCode.Parse(text));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal("municipality", error.Field);
        Assert.False(MunicipalityCode.TryParse(text, out _, out var message));
        Assert.Equal(error.Message, message);
    }

    [Fact]
    public void The_refusal_names_the_argument_it_was_given_for()
        => Assert.Equal("code", Assert.Throws<InvalidCodeException>(() => MunicipalityCode.Parse("2807", "code")).Field);
}
