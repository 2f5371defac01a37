using Catalog.Domain;
using Catalog.Domain.Procedures;
using Catalog.Testing;

namespace Catalog.Domain.Tests.Procedures;

public class ProcedureAttributesTests
{
    [Fact]
    public void Equal_attributes_have_no_differences()
        => Assert.Empty(Build.Attributes().DiffFrom(Build.Attributes()));

    [Fact]
    public void Attributes_with_the_same_facts_are_equal_even_with_different_list_instances()
        => Assert.Equal(Build.Attributes(), Build.Attributes());

    [Fact]
    public void A_changed_legal_basis_is_a_difference()
    {
        var changed = Build.Attributes() with { LegalBasis = [new LegalReference("Ley", "7/1985", "Reguladora de las Bases del Régimen Local")] };
        Assert.Equal(["LegalBasis"], changed.DiffFrom(Build.Attributes()));
    }

    [Theory]
    [InlineData(3, TermUnit.Months, "P3M")]
    [InlineData(10, TermUnit.BusinessDays, "P10D")]
    [InlineData(15, TermUnit.CalendarDays, "P15D")]
    public void A_resolution_term_is_written_as_an_iso_8601_duration(int amount, TermUnit unit, string expected)
        => Assert.Equal(expected, new ResolutionTerm(amount, unit).ToIso8601());

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_resolution_term_must_be_positive(int amount)
        => Assert.Throws<DomainRuleException>(() => new ResolutionTerm(amount, TermUnit.Months));

    [Theory]
    [InlineData("Licencia  de Obra", "licencia de obra")]
    [InlineData("  Señalización  ", "senalizacion")]
    [InlineData("CERTIFICACIÓN\tpadrón", "certificacion padron")]
    [InlineData("Llicència d'obra", "llicencia d'obra")]
    public void Folding_ignores_case_accents_and_spacing(string text, string folded) => Assert.Equal(folded, Text.Fold(text));
}
