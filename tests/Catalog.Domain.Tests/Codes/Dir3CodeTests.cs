using Catalog.Domain;
using Catalog.Domain.Codes;

namespace Catalog.Domain.Tests.Codes;

public class Dir3CodeTests
{
    [Theory]
    [InlineData("L01280796", Dir3Kind.TownCouncil)]
    [InlineData("EA0003024", Dir3Kind.StateOutsideRcp)]
    [InlineData("E00003901", Dir3Kind.State)]
    [InlineData("A07008911", Dir3Kind.Regional)]
    [InlineData("LA0012345", Dir3Kind.LocalPublicSector)]
    [InlineData("L02000028", Dir3Kind.OtherLocal)]
    [InlineData("U00100001", Dir3Kind.University)]
    [InlineData("I00000001", Dir3Kind.Institution)]
    [InlineData("J00000001", Dir3Kind.Justice)]
    [InlineData("GE0000001", Dir3Kind.EconomicBudgetUnit)]
    [InlineData("EC0000001", Dir3Kind.CollaboratingEntity)]
    [InlineData("O00002062", Dir3Kind.Office)]
    public void The_prefix_tells_the_kind(string code, Dir3Kind kind) => Assert.Equal(kind, Dir3Code.Parse(code).Kind);

    [Fact]
    public void A_town_council_code_carries_its_municipality()
        => Assert.Equal("28079", Dir3Code.Parse("L01280796").Municipality?.Value);

    [Fact]
    public void A_code_that_is_not_a_town_council_has_no_municipality()
        => Assert.Null(Dir3Code.Parse("EA0003024").Municipality);

    [Theory]
    [InlineData("L01280795", "check digit 5, but the check digit of 28079 is 6")]
    [InlineData("L01000001", "province '00'")]
    [InlineData("l01280796", "must start with an upper-case letter")]
    [InlineData("La0012345", "only an upper-case letter or a digit")]
    [InlineData("L0128079", "has 8 characters")]
    [InlineData("L012807960", "has 10 characters")]
    [InlineData("L01A80796", "has 'A' in position 4")]
    [InlineData("", "A DIR3 code is required")]
    [InlineData("  ", "A DIR3 code is required")]
    [InlineData(null, "A DIR3 code is required")]
    public void A_bad_dir3_code_is_refused_with_a_message_naming_the_problem(string? text, string expected)
    {
        var error = Assert.Throws<InvalidCodeException>(() => Dir3Code.Parse(text));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
