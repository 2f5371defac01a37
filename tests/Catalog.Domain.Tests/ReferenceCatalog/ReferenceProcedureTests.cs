using Catalog.Domain;
using Catalog.Domain.Procedures;
using Catalog.Testing;

namespace Catalog.Domain.Tests.ReferenceCatalog;

public class ReferenceProcedureTests
{
    [Fact]
    public void A_new_reference_procedure_starts_at_version_one()
    {
        var reference = Build.ReferenceProcedure(Build.Process());
        Assert.Equal(1, reference.CurrentVersion);
        var version = Assert.Single(reference.Versions);
        Assert.Equal(["Created"], version.ChangedFields);
    }

    [Fact]
    public void A_revision_records_a_new_version_with_the_fields_it_changed()
    {
        var process = Build.Process();
        var reference = Build.ReferenceProcedure(process);
        var attributes = Build.Attributes(SilenceEffect.Positive, termMonths: 1);

        var version = reference.Revise(reference.Name, "Nueva descripción", attributes, process, "curator", Build.Now, "Ley autonómica nueva");

        Assert.Equal(2, version.Number);
        Assert.Equal(["Description", "SilenceEffect", "ResolutionTerm"], version.ChangedFields);
        Assert.Equal(attributes, reference.Attributes);
        Assert.Equal(SilenceEffect.Positive, version.Attributes.SilenceEffect);
    }

    [Fact]
    public void A_revision_that_changes_nothing_is_refused()
    {
        var process = Build.Process();
        var reference = Build.ReferenceProcedure(process);
        Assert.Throws<DomainRuleException>(() => reference.Revise(reference.Name, reference.Description, Build.Attributes(), process, "curator", Build.Now));
        Assert.Equal(1, reference.CurrentVersion);
    }

    [Fact]
    public void The_fields_changed_since_a_confirmed_version_are_gathered_across_versions()
    {
        var process = Build.Process();
        var reference = Build.ReferenceProcedure(process);
        reference.Revise("Otro nombre", reference.Description, reference.Attributes, process, "curator", Build.Now);
        reference.Revise("Otro nombre", reference.Description, Build.Attributes(SilenceEffect.Positive), process, "curator", Build.Now);
        reference.Revise("Tercer nombre", reference.Description, Build.Attributes(SilenceEffect.Positive), process, "curator", Build.Now);

        Assert.Equal(["Name", "SilenceEffect"], reference.FieldsChangedSince(1));
        Assert.Equal(["Name"], reference.FieldsChangedSince(3));
        Assert.Empty(reference.FieldsChangedSince(4));
    }

    [Theory]
    [InlineData("urb-001")]
    [InlineData("URB 001")]
    [InlineData("")]
    public void A_reference_code_must_be_upper_case_letters_digits_and_hyphens(string code)
        => Assert.Throws<DomainRuleException>(() => Build.ReferenceProcedure(Build.Process(), code));
}
