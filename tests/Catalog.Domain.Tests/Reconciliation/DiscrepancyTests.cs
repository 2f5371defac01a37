using Catalog.Domain;
using Catalog.Domain.Reconciliation;
using Catalog.Testing;

namespace Catalog.Domain.Tests.Reconciliation;

public class DiscrepancyTests
{
    private static readonly IReadOnlyList<DiscrepancyFact> Facts = [new("SilenceEffect", "Negative", "Positive")];

    private static Discrepancy Open() => new(DiscrepancyKind.SiaAttributeDrift, DiscrepancySeverity.Warning, "28006", 7, "2094606",
        "SIA y el catálogo difieren en el sentido del silencio.", Facts, null, runId: 1, Build.Now);

    [Fact]
    public void The_key_is_kind_municipality_procedure_and_subject()
        => Assert.Equal("SiaAttributeDrift|28006|7|2094606", Open().Key);

    [Fact]
    public void Seeing_an_open_discrepancy_again_with_the_same_facts_changes_nothing()
    {
        var discrepancy = Open();
        Assert.False(discrepancy.Observe(DiscrepancySeverity.Warning, discrepancy.Summary, [new("SilenceEffect", "Negative", "Positive")], null, 2, Build.Now));
        Assert.Equal(1, discrepancy.LastSeenRunId);
    }

    [Fact]
    public void A_dismissed_discrepancy_stays_dismissed_while_its_facts_are_the_same()
    {
        var discrepancy = Open();
        discrepancy.Dismiss("editor@alcobendas", "El silencio lo fija la ordenanza", Build.Now);

        Assert.False(discrepancy.Observe(DiscrepancySeverity.Warning, discrepancy.Summary, Facts, null, 2, Build.Now));
        Assert.Equal(DiscrepancyStatus.Dismissed, discrepancy.Status);
    }

    [Fact]
    public void A_dismissed_discrepancy_reopens_when_its_facts_change()
    {
        var discrepancy = Open();
        discrepancy.Dismiss("editor@alcobendas", "El silencio lo fija la ordenanza", Build.Now);

        Assert.True(discrepancy.Observe(DiscrepancySeverity.Warning, discrepancy.Summary, [new("SilenceEffect", "Negative", "NotApplicable")], null, 2, Build.Now));
        Assert.Equal(DiscrepancyStatus.Open, discrepancy.Status);
        Assert.Equal(2, discrepancy.OpenedByRunId);
    }

    [Fact]
    public void A_closed_discrepancy_reopens_when_its_condition_is_back()
    {
        var discrepancy = Open();
        Assert.True(discrepancy.CloseAutomatically(2, Build.Now));
        Assert.True(discrepancy.Observe(DiscrepancySeverity.Warning, discrepancy.Summary, Facts, null, 3, Build.Now));
        Assert.True(discrepancy.IsOpen);
    }

    [Fact]
    public void Closing_twice_reports_nothing_to_close()
    {
        var discrepancy = Open();
        discrepancy.CloseAutomatically(2, Build.Now);
        Assert.False(discrepancy.CloseAutomatically(3, Build.Now));
    }

    [Fact]
    public void Resolving_needs_a_note_and_an_open_discrepancy()
    {
        var discrepancy = Open();
        Assert.Throws<DomainRuleException>(() => discrepancy.Resolve("editor", " ", Build.Now));
        discrepancy.Resolve("editor", "Corregido en SIA", Build.Now);
        Assert.Equal(DiscrepancyStatus.Resolved, discrepancy.Status);
        Assert.Throws<DomainRuleException>(() => discrepancy.Dismiss("editor", "otra vez", Build.Now));
    }
}
