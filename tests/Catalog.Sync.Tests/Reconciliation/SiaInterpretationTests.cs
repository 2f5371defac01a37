using Catalog.Domain.Procedures;
using Catalog.Domain.Registries;
using Catalog.Sync.Reconciliation;

namespace Catalog.Sync.Tests.Reconciliation;

public sealed class SiaInterpretationTests
{
    [Theory]
    [InlineData("Estimatorio", SilenceEffect.Positive)]
    [InlineData("Silencio positivo", SilenceEffect.Positive)]
    [InlineData("DESESTIMATORIO", SilenceEffect.Negative)]
    [InlineData("Negativo", SilenceEffect.Negative)]
    [InlineData("No procede", SilenceEffect.NotApplicable)]
    public void Silence_effect_is_read_from_the_description_keywords(string description, SilenceEffect expected)
        => Assert.Equal(expected, SiaInterpretation.SilenceEffect(new CodedValue("9", description)));

    [Theory]
    [InlineData("7")]
    [InlineData("Otros")]
    public void Silence_effect_that_cannot_be_interpreted_is_unknown(string description)
        => Assert.Null(SiaInterpretation.SilenceEffect(new CodedValue("1", description)));

    [Fact]
    public void Silence_effect_ignores_the_code_because_sia_codes_are_unconfirmed()
        => Assert.Equal(SilenceEffect.Positive, SiaInterpretation.SilenceEffect(new CodedValue("2", "Estimatorio")));

    [Theory]
    [InlineData("A solicitud del interesado", Initiation.OnApplication)]
    [InlineData("A instancia de parte", Initiation.OnApplication)]
    [InlineData("De oficio", Initiation.ExOfficio)]
    public void Initiation_is_read_from_the_description_keywords(string description, Initiation expected)
        => Assert.Equal(expected, SiaInterpretation.Initiation([new CodedValue("1", description)]));

    [Fact]
    public void Initiation_both_ways_when_sia_lists_both()
        => Assert.Equal(Initiation.Both, SiaInterpretation.Initiation([new CodedValue("1", "A solicitud del interesado"), new CodedValue("2", "De oficio")]));

    [Fact]
    public void Initiation_unknown_when_sia_lists_nothing_readable()
        => Assert.Null(SiaInterpretation.Initiation([new CodedValue("3", "Otra")]));

    [Theory]
    [InlineData("Meses", TermUnit.Months)]
    [InlineData("Días hábiles", TermUnit.BusinessDays)]
    [InlineData("Días naturales", TermUnit.CalendarDays)]
    public void Term_unit_is_read_from_the_description(string description, TermUnit expected)
        => Assert.Equal(expected, SiaInterpretation.TermUnit(new CodedValue("1", description)));

    [Theory]
    [InlineData("1", null, ElectronicLevel.Information)]
    [InlineData("9", "Tramitación electrónica completa", ElectronicLevel.FullyOnline)]
    [InlineData("9", "Inicio electrónico", ElectronicLevel.OnlineInitiation)]
    public void Electronic_level_is_read_from_description_or_level_number(string code, string? description, ElectronicLevel expected)
        => Assert.Equal(expected, SiaInterpretation.ElectronicLevel(new CodedValue(code, description)));

    [Theory]
    [InlineData("Licencia de obra mayor", "LICENCIA  DE OBRA   MAYOR.")]
    [InlineData("Inscripción en el padrón", "inscripcion en el padron")]
    public void Names_differing_only_cosmetically_are_the_same(string a, string b) => Assert.True(SiaInterpretation.SameName(a, b));

    [Fact]
    public void Names_differing_in_a_word_are_not_the_same()
        => Assert.False(SiaInterpretation.SameName("Licencia de obra mayor", "Licencia de obra menor"));
}
