using Catalog.Domain.CityCatalog;
using Catalog.Domain.Procedures;
using Catalog.Domain.Reconciliation;
using Catalog.Domain.ReferenceCatalog;
using Catalog.Domain.Registries;
using Catalog.Sync.Reconciliation;
using Catalog.Testing;

namespace Catalog.Sync.Tests.Reconciliation;

/// <summary>Each rule of the design's reconciliation table on a hand-built catalog of Alcobendas.</summary>
public sealed class ReconciliationRulesTests
{
    private readonly Dictionary<string, SiaEntry> _sia = new() { [Scenario.SiaCode] = Scenario.Sia() };
    private readonly Dictionary<long, ReferenceProcedure> _references = [];

    private IReadOnlyList<Finding> Check(params CityProcedure[] procedures)
        => ReconciliationRules.Check(
            new MunicipalityCatalog(Build.Alcobendas.Value, Scenario.Council, procedures,
                _sia.Values.Where(e => e.ResponsibleN1 == Scenario.Council).ToList()),
            new ReconciliationContext(Scenario.Directory(), code => _sia.GetValueOrDefault(code), _references));

    [Fact]
    public void A_procedure_that_agrees_with_sia_and_dir3_raises_nothing()
        => Assert.Empty(Check(Scenario.Procedure()));

    [Fact]
    public void Cosmetic_differences_in_the_name_raise_no_drift()
        => Assert.Empty(Check(Scenario.Procedure(name: "  LICENCIA municipal  de   PRUEBA. ")));

    [Fact]
    public void A_procedure_without_sia_code_is_sia_code_missing_with_the_matching_entry_suggested()
    {
        var finding = Assert.Single(Check(Scenario.Procedure(sia: null)), f => f.Kind == DiscrepancyKind.SiaCodeMissing);
        Assert.Equal(ReconciliationRules.NoSiaCodeSubject, finding.Subject);
        Assert.Contains(Scenario.SiaCode, finding.Suggestion);
    }

    [Fact]
    public void A_sia_code_not_in_the_mirror_is_sia_code_unknown()
    {
        var finding = Assert.Single(Check(Scenario.Procedure(sia: "9999999")), f => f.Kind == DiscrepancyKind.SiaCodeUnknown);
        Assert.Equal("9999999", finding.Subject);
        Assert.Equal(DiscrepancySeverity.Error, finding.Severity);
    }

    [Fact]
    public void A_sia_entry_gone_from_sia_is_sia_code_unknown()
    {
        _sia[Scenario.SiaCode].IsGone = true;
        Assert.Contains(Check(Scenario.Procedure()), f => f.Kind == DiscrepancyKind.SiaCodeUnknown);
    }

    [Fact]
    public void A_withdrawn_sia_entry_is_sia_code_withdrawn_and_nothing_else_about_it()
    {
        _sia[Scenario.SiaCode].IsWithdrawn = true;
        var finding = Assert.Single(Check(Scenario.Procedure()));
        Assert.Equal(DiscrepancyKind.SiaCodeWithdrawn, finding.Kind);
    }

    [Fact]
    public void A_sia_entry_of_another_council_is_sia_owner_mismatch()
    {
        _sia["9900002"] = Scenario.Sia("9900002", owner: Scenario.OtherCouncil, unit: Scenario.OtherCouncilUnit);
        var finding = Assert.Single(Check(Scenario.Procedure(sia: "9900002")), f => f.Kind == DiscrepancyKind.SiaOwnerMismatch);
        Assert.Equal(new DiscrepancyFact("ResponsibleOrganism", Scenario.Council, Scenario.OtherCouncilUnit), finding.Facts.Single());
    }

    [Fact]
    public void A_sia_entry_owned_by_a_unit_under_the_council_is_not_a_mismatch()
    {
        _sia[Scenario.SiaCode].ResponsibleN1 = Scenario.Urbanismo;
        Assert.DoesNotContain(Check(Scenario.Procedure()), f => f.Kind == DiscrepancyKind.SiaOwnerMismatch);
    }

    [Fact]
    public void Different_silence_and_term_are_drift_with_expected_and_found_field_by_field()
    {
        var entry = _sia[Scenario.SiaCode];
        entry.SilenceEffect = new CodedValue("1", "Estimatorio");
        entry.ResolutionTermAmount = 6;
        var finding = Assert.Single(Check(Scenario.Procedure()));
        Assert.Equal(DiscrepancyKind.SiaAttributeDrift, finding.Kind);
        Assert.Equal(
            [new DiscrepancyFact("SilenceEffect", "Positive", "Negative"), new DiscrepancyFact("ResolutionTerm", "6 Months", "3 Months")],
            finding.Facts);
    }

    [Fact]
    public void A_different_name_initiation_route_and_level_are_drift()
    {
        var entry = _sia[Scenario.SiaCode];
        entry.Name = "Licencia de actividad";
        entry.Initiations = [new CodedValue("2", "De oficio")];
        entry.EndsAdministrativeRoute = true;
        entry.ElectronicLevel = new CodedValue("2", null);
        var finding = Assert.Single(Check(Scenario.Procedure()));
        Assert.Equal(["Name", "Initiation", "EndsAdministrativeRoute", "ElectronicLevel"], finding.Facts.Select(f => f.Field));
    }

    [Fact]
    public void A_sia_value_that_cannot_be_interpreted_raises_no_drift()
    {
        _sia[Scenario.SiaCode].SilenceEffect = new CodedValue("7", "Según normativa específica");
        Assert.Empty(Check(Scenario.Procedure()));
    }

    [Fact]
    public void An_attribute_the_city_does_not_state_raises_no_drift()
    {
        var procedure = Scenario.Procedure();
        procedure.Describe(procedure.LocalName, null, Build.Attributes() with { SilenceEffect = null }, Build.Now);
        _sia[Scenario.SiaCode].SilenceEffect = new CodedValue("1", "Estimatorio");
        Assert.Empty(Check(procedure));
    }

    [Fact]
    public void A_sia_entry_of_the_council_no_procedure_references_is_uncatalogued_with_the_same_named_procedure_suggested()
    {
        _sia["9900003"] = Scenario.Sia("9900003", "Licencia de primera ocupación");
        var findings = Check(Scenario.Procedure(), Scenario.Procedure("Licencia de primera ocupación", sia: null));
        var finding = Assert.Single(findings, f => f.Kind == DiscrepancyKind.SiaEntryUncataloged);
        Assert.Null(finding.CityProcedureId);
        Assert.Equal("9900003", finding.Subject);
        Assert.Contains("Licencia de primera ocupación", finding.Suggestion);
    }

    [Fact]
    public void Withdrawn_sia_entries_of_the_council_are_not_uncatalogued()
    {
        _sia["9900003"] = Scenario.Sia("9900003", "Licencia de primera ocupación");
        _sia["9900003"].IsWithdrawn = true;
        Assert.Empty(Check(Scenario.Procedure()));
    }

    [Fact]
    public void A_procedure_without_unit_is_unit_missing()
        => Assert.Equal(DiscrepancyKind.UnitMissing, Assert.Single(Check(ProcedureWithoutUnit())).Kind);

    [Fact]
    public void A_unit_not_in_dir3_is_unit_unknown()
    {
        var finding = Assert.Single(Check(Scenario.Procedure(unit: "LA0099999")));
        Assert.Equal((DiscrepancyKind.UnitUnknown, "LA0099999"), (finding.Kind, finding.Subject));
    }

    [Fact]
    public void An_extinguished_unit_suggests_its_successor_from_dir3_history()
    {
        var finding = Assert.Single(Check(Scenario.Procedure(unit: Scenario.OldUnit)));
        Assert.Equal(DiscrepancyKind.UnitExtinguished, finding.Kind);
        Assert.Contains(Scenario.Licencias, finding.Suggestion);
    }

    [Fact]
    public void An_extinguished_unit_without_successor_suggests_its_nearest_current_ancestor()
    {
        var finding = Assert.Single(Check(Scenario.Procedure(unit: Scenario.OrphanOldUnit)));
        Assert.Contains($"nearest current ancestor is {Scenario.Urbanismo}", finding.Suggestion);
    }

    [Fact]
    public void A_unit_of_another_council_is_outside_the_municipality()
    {
        var finding = Assert.Single(Check(Scenario.Procedure(unit: Scenario.OtherCouncilUnit)));
        Assert.Equal(DiscrepancyKind.UnitOutsideMunicipality, finding.Kind);
        Assert.Equal(new DiscrepancyFact("Council", Scenario.Council, Scenario.OtherCouncil), finding.Facts.Single());
    }

    [Fact]
    public void The_council_itself_is_a_valid_responsible_unit()
        => Assert.Empty(Check(Scenario.Procedure(unit: Scenario.Council)));

    [Fact]
    public void A_reference_revised_after_the_confirmed_version_is_reference_changed_with_the_changed_fields()
    {
        var reference = Build.ReferenceProcedure(Build.Process());
        var procedure = Scenario.Procedure();
        procedure.MapTo(reference, Build.Now);
        reference.Revise(reference.Name, reference.Description, Build.Attributes(SilenceEffect.Positive), reference.Process!, "curator", Build.Now);
        _references[reference.Id] = reference;

        var finding = Assert.Single(Check(procedure));
        Assert.Equal((DiscrepancyKind.ReferenceChanged, "TST-001"), (finding.Kind, finding.Subject));
        Assert.Equal([new DiscrepancyFact("Version", "1", "2"), new DiscrepancyFact("SilenceEffect", "Negative", "Positive")], finding.Facts);
        Assert.Contains("confirm version 2", finding.Suggestion);
    }

    [Fact]
    public void A_procedure_at_the_current_reference_version_raises_nothing()
    {
        var reference = Build.ReferenceProcedure(Build.Process());
        var procedure = Scenario.Procedure();
        procedure.MapTo(reference, Build.Now);
        _references[reference.Id] = reference;
        Assert.Empty(Check(procedure));
    }

    [Fact]
    public void A_withdrawn_procedure_raises_nothing()
    {
        var procedure = Scenario.Procedure(sia: "9999999", unit: "LA0099999");
        procedure.Withdraw("no longer offered", Build.Now);
        _sia.Clear();
        Assert.Empty(Check(procedure));
    }

    private static CityProcedure ProcedureWithoutUnit()
    {
        var procedure = Scenario.Procedure();
        procedure.AssignResponsibleUnit(null, Build.Now);
        return procedure;
    }
}
