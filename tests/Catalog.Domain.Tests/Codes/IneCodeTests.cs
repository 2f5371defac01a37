using Catalog.Domain;
using Catalog.Domain.Codes;
using Catalog.Testing;

namespace Catalog.Domain.Tests.Codes;

public class IneCodeTests
{
    public static TheoryData<string, string> Municipalities()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(RepositoryPaths.Combine("db", "Seed", "Data", "municipios-ine.csv")).Skip(1))
        {
            // ine_code,check_digit,"name, maybe with commas",…,town_council_dir3: the first two and the last field suffice.
            var first = line.Split(',', 3);
            data.Add(first[0] + first[1], line[(line.LastIndexOf(',') + 1)..]);
        }

        return data;
    }

    [Fact]
    public void Every_row_of_the_municipality_list_yields_a_valid_ine_code_and_its_town_council_code()
    {
        var rows = Municipalities();
        Assert.Equal(8131, rows.Count);
        foreach (var row in rows)
        {
            var ineWithDigit = (string)row[0];
            var council = (string)row[1];
            var code = IneCode.Parse(ineWithDigit);
            Assert.Equal(ineWithDigit, code.WithCheckDigit);
            var dir3 = Dir3Code.Parse(council);
            Assert.Equal(Dir3Kind.TownCouncil, dir3.Kind);
            Assert.Equal(council, Dir3Code.ForTownCouncil(code).Value);
            Assert.Equal(code, dir3.Municipality);
        }
    }

    [Theory]
    [InlineData("28079", 6)]
    [InlineData("08019", 3)]
    [InlineData("46250", 8)]
    [InlineData("28006", 6)]
    public void The_check_digit_is_computed_from_five_digits(string code, int checkDigit)
        => Assert.Equal(checkDigit, IneCode.Parse(code).CheckDigit);

    [Theory]
    [InlineData("280795", "check digit 5, but the check digit of 28079 is 6")]
    [InlineData("2807", "has 4 characters")]
    [InlineData("2807966", "has 7 characters")]
    [InlineData("28a79", "digits only; 'a' is not a digit")]
    [InlineData("00079", "province '00'")]
    [InlineData("99079", "province '99'")]
    [InlineData("", "An INE code is required")]
    [InlineData("   ", "An INE code is required")]
    [InlineData(null, "An INE code is required")]
    [InlineData(" 28079", "digits only; ' ' is not a digit")]
    public void A_bad_ine_code_is_refused_with_a_message_naming_the_problem(string? text, string expected)
    {
        var error = Assert.Throws<InvalidCodeException>(() => IneCode.Parse(text));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.False(IneCode.TryParse(text, out _));
    }
}
