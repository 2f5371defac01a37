using Catalog.Domain.Municipalities;

namespace Catalog.Domain.Tests.Municipalities;

public class PlaceNameTests
{
    [Theory]
    [InlineData("Coruña, A", "A Coruña")]
    [InlineData("Palmas de Gran Canaria, Las", "Las Palmas de Gran Canaria")]
    [InlineData("Hospitalet de Llobregat, L'", "L'Hospitalet de Llobregat")]
    [InlineData("Atzúbia, l'", "L'Atzúbia")]
    [InlineData("Prats de Rei, Els", "Els Prats de Rei")]
    [InlineData("Grove, O", "O Grove")]
    [InlineData("Mercadal, Es", "Es Mercadal")]
    [InlineData("Ballestero, El", "El Ballestero")]
    [InlineData("Rozas de Madrid, Las", "Las Rozas de Madrid")]
    [InlineData("Campello, el", "El Campello")]
    [InlineData("Nucia, la", "La Nucia")]
    [InlineData("Useras/Useres, les", "Useras/Les Useres")]
    [InlineData("Pinós, el/Pinoso", "El Pinós/Pinoso")]
    [InlineData("Fondó de les Neus, el/Hondón de las Nieves", "El Fondó de les Neus/Hondón de las Nieves")]
    public void A_name_inverted_by_ine_reads_with_its_article_first(string official, string display)
        => Assert.Equal(display, PlaceName.NaturalOrder(official));

    [Theory]
    [InlineData("Alicante/Alacant")]
    [InlineData("Donostia/San Sebastián")]
    [InlineData("Saus, Camallera i Llampaies")]
    [InlineData("Noáin (Valle de Elorz)/Noain (Elortzibar)")]
    [InlineData("Madrid")]
    public void A_name_ine_did_not_invert_is_kept_whole(string official)
        => Assert.Equal(official, PlaceName.NaturalOrder(official));

    [Fact]
    public void A_search_key_ignores_case_accents_spacing_and_the_kind_of_apostrophe()
        => Assert.Equal("l'hospitalet de llobregat", PlaceName.SearchKey("  L’HOSPITALET   de Llobregat "));
}
