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
    public void A_legal_reference_in_columns_without_a_title_is_refused()
    {
        Assert.False(CatalogVocabulary.TryParseLegalBasis("Ley | 39/2015 |", out _, out var error));
        Assert.Contains("'rank | number | title'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ley 39/2015, de 1 de octubre, del Procedimiento Administrativo Común", "Ley", "39/2015")]
    [InlineData("Ordenanza fiscal nº 12 reguladora de la tasa", "Ordenanza fiscal", "12")]
    [InlineData("Real Decreto 1690/1986", "Real Decreto", "1690/1986")]
    [InlineData("Real Decreto Legislativo 2/2004, de 5 de marzo", "Real Decreto Legislativo", "2/2004")]
    [InlineData("Ley Orgánica 3/2018, de Protección de Datos", "Ley Orgánica", "3/2018")]
    [InlineData("Ordenanza municipal de convivencia", "Ordenanza", null)]
    [InlineData("Bases reguladoras de la convocatoria", null, null)]
    public void A_legal_reference_written_as_a_line_is_kept_as_written_with_its_rank_and_number(string line, string? rank, string? number)
    {
        Assert.True(CatalogVocabulary.TryParseLegalBasis(line, out var references, out _));
        Assert.Equal((rank, number, line), references.Select(r => (r.Rank, r.Number, r.Title)).Single());
    }

    [Theory]
    [InlineData("Solicitud del interesado", Initiation.OnApplication)]
    [InlineData("A instancia de parte", Initiation.OnApplication)]
    [InlineData("DE OFICIO", Initiation.ExOfficio)]
    public void Initiation_is_read_as_councils_write_it(string text, Initiation expected)
    {
        Assert.True(CatalogVocabulary.TryParseInitiation(text, out var value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("Electrónica", Channels.Online)]
    [InlineData("Presenciales", Channels.InPerson)]
    [InlineData("Presencial y electrónica", Channels.InPerson | Channels.Online)]
    [InlineData("Presencial en el Registro General o a través de la sede electrónica", Channels.InPerson | Channels.Online)]
    public void Channels_are_read_whatever_their_gender_and_number(string text, Channels expected)
    {
        Assert.True(CatalogVocabulary.TryParseChannels(text, out var value, out var error), error);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("SÍ", true)]
    [InlineData("Si", true)]
    [InlineData("NO", false)]
    public void Yes_and_no_are_read_in_any_case(string text, bool expected)
    {
        Assert.True(CatalogVocabulary.TryParseBoolean(text, out var value, out _));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("Según normativa")]
    [InlineData("según normativa aplicable")]
    [InlineData("Ver normativa")]
    public void As_the_regulation_says_is_recognised(string text) => Assert.True(CatalogVocabulary.IsAsRegulated(text));

    [Theory]
    [InlineData("3 meses", 3, TermUnit.Months)]
    [InlineData("un mes", 1, TermUnit.Months)]
    [InlineData("10 días hábiles", 10, TermUnit.BusinessDays)]
    [InlineData("quince días naturales", 15, TermUnit.CalendarDays)]
    public void A_term_and_its_unit_in_one_cell_are_read(string text, int amount, TermUnit unit)
    {
        Assert.True(CatalogVocabulary.TryParseTermText(text, out var readAmount, out var readUnit, out var error));
        Assert.Null(error);
        Assert.Equal((amount, unit), (readAmount, readUnit));
    }
}
