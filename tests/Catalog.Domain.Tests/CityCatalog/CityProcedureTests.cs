using Catalog.Domain;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Codes;
using Catalog.Domain.Procedures;
using Catalog.Testing;

namespace Catalog.Domain.Tests.CityCatalog;

public class CityProcedureTests
{
    private static readonly DateTimeOffset Later = Build.Now.AddDays(1);

    [Fact]
    public void Mapping_to_a_reference_procedure_confirms_its_current_version()
    {
        var reference = Build.ReferenceProcedure(Build.Process());
        reference.Revise("Licencia de prueba revisada", null, Build.Attributes(), Build.Process(), "curator", Later);
        var procedure = Build.CityProcedure(Build.Alcobendas);

        procedure.MapTo(reference, Later);

        Assert.Same(reference, procedure.ReferenceProcedure);
        Assert.Equal(2, procedure.ConfirmedReferenceVersion);
        Assert.False(procedure.NeedsReferenceReview);
    }

    [Fact]
    public void A_newer_reference_version_asks_for_review_until_confirmed()
    {
        var process = Build.Process();
        var reference = Build.ReferenceProcedure(process);
        var procedure = Build.CityProcedure(Build.Alcobendas);
        procedure.MapTo(reference, Build.Now);

        reference.Revise(reference.Name, reference.Description, Build.Attributes(SilenceEffect.Positive), process, "curator", Later);
        Assert.True(procedure.NeedsReferenceReview);

        procedure.ConfirmReferenceVersion(2, Later);
        Assert.False(procedure.NeedsReferenceReview);
    }

    [Fact]
    public void Confirming_a_version_that_does_not_exist_is_refused()
    {
        var reference = Build.ReferenceProcedure(Build.Process());
        var procedure = Build.CityProcedure(Build.Alcobendas);
        procedure.MapTo(reference, Build.Now);

        var error = Assert.Throws<DomainRuleException>(() => procedure.ConfirmReferenceVersion(5, Later));
        Assert.Contains("Version 5 does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Confirming_without_a_mapping_is_refused()
    {
        var procedure = Build.CityProcedure(Build.Alcobendas);
        Assert.Throws<DomainRuleException>(() => procedure.ConfirmReferenceVersion(1, Later));
    }

    [Fact]
    public void A_withdrawn_procedure_can_no_longer_change()
    {
        var procedure = Build.CityProcedure(Build.Alcobendas);
        procedure.Withdraw("Sustituido por declaración responsable", Later);

        Assert.Equal(CityProcedureStatus.Withdrawn, procedure.Status);
        Assert.Throws<DomainRuleException>(() => procedure.Describe("Otro nombre", null, Build.Attributes(), Later));
        Assert.Throws<DomainRuleException>(() => procedure.Withdraw(null, Later));
    }

    [Fact]
    public void A_procedure_declared_not_offered_carries_its_mapping_and_no_sia_code()
    {
        var reference = Build.ReferenceProcedure(Build.Process());
        var procedure = CityProcedure.NotOffered(Build.Malaga, reference, "Competencia de la Diputación", Build.Now);

        Assert.False(procedure.IsOffered);
        Assert.Equal(1, procedure.ConfirmedReferenceVersion);
        Assert.Equal(Text.Fold(reference.Name), procedure.SearchName);
        var error = Assert.Throws<DomainRuleException>(() => procedure.AssignSiaCode(SiaCode.Parse("2094606"), Later));
        Assert.Contains("not offered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_office_cannot_be_the_responsible_unit()
    {
        var procedure = Build.CityProcedure(Build.Alcobendas);
        var error = Assert.Throws<DomainRuleException>(() => procedure.AssignResponsibleUnit(Dir3Code.Parse("O00002062"), Later));
        Assert.Equal("responsibleUnit", error.Field);
    }

    [Fact]
    public void Mapping_to_a_retired_reference_procedure_is_refused()
    {
        var reference = Build.ReferenceProcedure(Build.Process());
        reference.Retire("curator", Later, "Integrado en otro procedimiento");
        Assert.Throws<DomainRuleException>(() => Build.CityProcedure(Build.Alcobendas).MapTo(reference, Later));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_city_procedure_needs_a_name(string name)
        => Assert.Throws<DomainRuleException>(() => new CityProcedure(Build.Alcobendas, name, ProcedureAttributes.Empty, Build.Now));

    [Fact]
    public void The_search_name_ignores_case_and_accents()
    {
        var procedure = new CityProcedure(Build.Alcobendas, "  Licencia de OCUPACIÓN   de vía pública ", ProcedureAttributes.Empty, Build.Now);
        Assert.Equal("Licencia de OCUPACIÓN   de vía pública", procedure.LocalName);
        Assert.Equal("licencia de ocupacion de via publica", procedure.SearchName);
    }
}
