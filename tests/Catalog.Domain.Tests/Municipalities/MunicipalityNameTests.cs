using Catalog.Domain.Codes;
using Catalog.Domain.Municipalities;

namespace Catalog.Domain.Tests.Municipalities;

public class MunicipalityNameTests
{
    private static Municipality Municipality(string code, string name, string province = "Coruña, A")
        => new(IneCode.Parse(code), name, code[..2], province, "12", "Galicia");

    [Fact]
    public void A_municipality_keeps_ines_name_and_the_name_people_write()
    {
        var coruna = Municipality("15030", "Coruña, A");

        Assert.Equal(("Coruña, A", "A Coruña"), (coruna.Name, coruna.DisplayName));
        Assert.Equal(("Coruña, A", "A Coruña"), (coruna.ProvinceName, coruna.ProvinceDisplayName));
    }

    [Fact]
    public void Its_search_name_holds_both_names_official_first_so_it_sorts_as_ine_does()
        => Assert.Equal("coruna, a | a coruna", Municipality("15030", "Coruña, A").SearchName);

    [Fact]
    public void A_name_that_reads_the_same_both_ways_is_searched_once()
        => Assert.Equal("alicante/alacant", Municipality("03014", "Alicante/Alacant", "Alacant/Alicante").SearchName);

    [Theory]
    [InlineData("\"Coruña, A\"", "Coruña, A")]
    [InlineData("Coruña, A", "\"Coruña, A\"")]
    public void A_name_with_the_csvs_quotes_still_on_it_is_refused(string name, string province)
    {
        var error = Assert.Throws<DomainRuleException>(() => Municipality("15030", name, province));
        Assert.Contains("no double quotes", error.Message, StringComparison.Ordinal);
    }
}
