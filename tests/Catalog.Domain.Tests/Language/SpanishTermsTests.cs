using Catalog.Domain.Language;

namespace Catalog.Domain.Tests.Language;

/// <summary>Procedure names read as terms: case, accents, stop words, plural and gender, and municipal synonyms do not count.</summary>
public sealed class SpanishTermsTests
{
    [Theory]
    [InlineData("licencias", "licencia")]
    [InlineData("urbanística", "urbanístico")]
    [InlineData("obras", "obra")]
    [InlineData("actividades", "actividad")]
    [InlineData("ocupaciones", "ocupación")]
    [InlineData("vehículos", "vehículo")]
    public void Plural_and_gender_give_one_term(string one, string other)
        => Assert.Equal(SpanishTerms.Of(one), SpanishTerms.Of(other));

    [Fact]
    public void Case_accents_and_stop_words_do_not_count()
        => Assert.Equal(SpanishTerms.Of("LICENCIA DE VADO"), SpanishTerms.Of("licéncia  para el vado"));

    [Theory]
    [InlineData("aparcamiento", "estacionamiento")]
    [InlineData("empadronamiento", "padrón")]
    [InlineData("licencia de obra mayor", "licencia urbanística")]
    [InlineData("IBI", "Impuesto sobre Bienes Inmuebles")]
    public void Synonyms_of_municipal_language_give_one_term(string one, string other)
        => Assert.Equal(SpanishTerms.Of(one), SpanishTerms.Of(other));

    [Fact]
    public void Different_procedures_keep_different_terms()
        => Assert.NotEqual(SpanishTerms.Of("obra mayor"), SpanishTerms.Of("obra menor"));
}

/// <summary>The matcher behind the mapping suggestions.</summary>
public sealed class NameMatcherTests
{
    private static readonly NameMatcher<string> Matcher = new(
        ["Licencia urbanística de obra mayor", "Licencia urbanística de obra menor", "Alta en el Padrón municipal de habitantes", "Licencia de vado permanente para entrada de vehículos", "Tarjeta de estacionamiento para personas con movilidad reducida"],
        name => name);

    [Fact]
    public void A_name_with_an_obvious_counterpart_gets_it_first_with_the_words_that_matched()
    {
        var best = Matcher.Match("Licencias de obras mayores").First();

        Assert.Equal("Licencia urbanística de obra mayor", best.Candidate);
        Assert.Contains("licencias", best.MatchedWords.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_synonym_finds_its_counterpart()
        => Assert.Equal("Tarjeta de estacionamiento para personas con movilidad reducida", Matcher.Match("Tarjeta de aparcamiento para discapacitados").First().Candidate);

    [Fact]
    public void Scores_run_from_0_to_1_and_the_same_name_scores_1()
    {
        Assert.Equal(1, Matcher.Match("Alta en el padrón municipal de habitantes").First().Score);
        Assert.All(Matcher.Match("Licencia de pesca", first: 5), m => Assert.InRange(m.Score, 0, 0.5));
    }

    [Fact]
    public void A_name_sharing_nothing_gets_no_suggestion() => Assert.Empty(Matcher.Match("Premios de fotografía"));

    [Fact]
    public void A_description_helps_but_weighs_less_than_the_name()
    {
        var withDescription = Matcher.Match("Licencia", "para aparcar en la entrada del garaje").First();

        Assert.Equal("Licencia de vado permanente para entrada de vehículos", withDescription.Candidate);
        Assert.True(withDescription.Score < 0.8);
    }
}
