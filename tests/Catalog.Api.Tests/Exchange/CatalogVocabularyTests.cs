using Catalog.Api.Exchange;
using Catalog.Api.Exchange.Formats;
using Catalog.Domain.Procedures;

namespace Catalog.Api.Tests.Exchange;

/// <summary>The words catalog files may use for columns and values.</summary>
public sealed class CatalogVocabularyTests
{
    [Theory]
    [InlineData("Código SIA", CatalogColumn.SiaCode)]
    [InlineData("codigo_sia", CatalogColumn.SiaCode)]
    [InlineData("siaCode", CatalogColumn.SiaCode)]
    [InlineData("\uFEFFnombre_local", CatalogColumn.LocalName)]
    [InlineData("Nombre local", CatalogColumn.LocalName)]
    [InlineData("localName", CatalogColumn.LocalName)]
    [InlineData("Unidad responsable", CatalogColumn.UnitDir3Code)]
    [InlineData("Fin vía administrativa", CatalogColumn.EndsAdministrativeRoute)]
    [InlineData("Plazo máximo resolución", CatalogColumn.TermAmount)]
    public void A_header_names_its_column_whatever_its_case_accents_and_separators(string header, CatalogColumn column)
        => Assert.Equal(column, CatalogColumns.Find(header));

    [Fact]
    public void An_unknown_header_names_no_column() => Assert.Null(CatalogColumns.Find("color"));

    [Theory]
    [InlineData("a solicitud del interesado", Initiation.OnApplication)]
    [InlineData("A instancia de parte", Initiation.OnApplication)]
    [InlineData("De oficio", Initiation.ExOfficio)]
    [InlineData("ExOfficio", Initiation.ExOfficio)]
    [InlineData("ambos", Initiation.Both)]
    public void Initiation_is_read_from_Spanish_words_or_enum_names(string text, Initiation expected)
    {
        Assert.True(CatalogVocabulary.TryParseInitiation(text, out var value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("Estimatorio", SilenceEffect.Positive)]
    [InlineData("DESESTIMATORIO", SilenceEffect.Negative)]
    [InlineData("no aplica", SilenceEffect.NotApplicable)]
    [InlineData("Negative", SilenceEffect.Negative)]
    public void Silence_is_read_from_Spanish_words_or_enum_names(string text, SilenceEffect expected)
    {
        Assert.True(CatalogVocabulary.TryParseSilenceEffect(text, out var value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("meses", TermUnit.Months)]
    [InlineData("Días hábiles", TermUnit.BusinessDays)]
    [InlineData("dias naturales", TermUnit.CalendarDays)]
    [InlineData("CalendarDays", TermUnit.CalendarDays)]
    public void Term_units_are_read_from_Spanish_words_or_enum_names(string text, TermUnit expected)
    {
        Assert.True(CatalogVocabulary.TryParseTermUnit(text, out var value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("Sí", true)]
    [InlineData("si", true)]
    [InlineData("S", true)]
    [InlineData("true", true)]
    [InlineData("No", false)]
    [InlineData("0", false)]
    public void Yes_and_no_are_read_in_Spanish_and_English(string text, bool expected)
    {
        Assert.True(CatalogVocabulary.TryParseBoolean(text, out var value, out _));
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Lists_are_read_with_commas_semicolons_or_slashes()
    {
        Assert.True(CatalogVocabulary.TryParseChannels("Presencial; sede electrónica / teléfono", out var channels, out _));
        Assert.Equal(Channels.InPerson | Channels.Online | Channels.Telephone, channels);
        Assert.True(CatalogVocabulary.TryParseRecipients("ciudadanos, empresas", out var recipients, out _));
        Assert.Equal(Recipients.Citizens | Recipients.Companies, recipients);
    }

    [Fact]
    public void An_unknown_word_is_refused_with_the_words_that_are_accepted()
    {
        Assert.False(CatalogVocabulary.TryParseSilenceEffect("quizá", out _, out var error));
        Assert.Equal("'quizá' is not a known silence effect; write one of: 'estimatorio' (Positive), 'desestimatorio' (Negative), 'no aplica' (NotApplicable).", error);
    }

    [Fact]
    public void Days_without_saying_which_kind_are_refused()
    {
        Assert.False(CatalogVocabulary.TryParseTermUnit("días", out _, out var error));
        Assert.Contains("'días hábiles'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("3.0", 3)]
    [InlineData("3,0", 3)]
    public void A_term_may_be_written_as_a_spreadsheet_number(string text, int expected)
    {
        Assert.True(CatalogVocabulary.TryParseTermAmount(text, out var value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2.5")]
    [InlineData("3651")]
    [InlineData("tres")]
    public void A_term_that_is_not_a_whole_number_of_1_to_3650_is_refused(string text)
        => Assert.False(CatalogVocabulary.TryParseTermAmount(text, out _, out _));

    [Fact]
    public void The_legal_basis_is_one_reference_a_line_written_back_as_it_was_read()
    {
        const string text = "Ley | 39/2015 | del Procedimiento Administrativo Común\nOrdenanza |  | fiscal reguladora";
        Assert.True(CatalogVocabulary.TryParseLegalBasis(text, out var references, out _));
        Assert.Equal([new LegalReference("Ley", "39/2015", "del Procedimiento Administrativo Común"), new LegalReference("Ordenanza", null, "fiscal reguladora")], references);
        Assert.Equal(text, CatalogVocabulary.Describe(references));
    }

    [Fact]
    public void A_legal_reference_without_rank_and_title_is_refused()
    {
        Assert.False(CatalogVocabulary.TryParseLegalBasis("Ley 39/2015", out _, out var error));
        Assert.Contains("'rank | number | title'", error, StringComparison.Ordinal);
    }
}
