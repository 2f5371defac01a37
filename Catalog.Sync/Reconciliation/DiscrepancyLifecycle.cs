using Catalog.Domain.Reconciliation;

namespace Catalog.Sync.Reconciliation;

/// <summary>What applying one municipality's findings did to its stored discrepancies.</summary>
public readonly record struct LifecycleCounts(int Opened, int Closed, int Updated)
{
    public LifecycleCounts Plus(LifecycleCounts other) => new(Opened + other.Opened, Closed + other.Closed, Updated + other.Updated);
}

/// <summary>
/// Meets the findings of a run with the discrepancies already stored for the same municipalities, by key: a new
/// finding opens a discrepancy, a known one is observed again (which changes nothing when nothing changed), and a
/// stored one the run did not find again is closed. A discrepancy whose city procedure is gone or withdrawn is
/// therefore closed too, since the rules no longer produce it.
/// </summary>
public static class DiscrepancyLifecycle
{
    /// <param name="existing">Every stored discrepancy of the municipality (any status), tracked by the context.</param>
    /// <param name="findings">What the rules found in this run.</param>
    /// <param name="add">Adds a new discrepancy to the context.</param>
    public static LifecycleCounts Apply(string municipalityIneCode, IReadOnlyCollection<Discrepancy> existing, IReadOnlyList<Finding> findings,
        Action<Discrepancy> add, long runId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(add);
        var byKey = new Dictionary<string, Discrepancy>(existing.Count, StringComparer.Ordinal);
        foreach (var discrepancy in existing)
        {
            byKey[discrepancy.Key] = discrepancy;
        }

        int opened = 0, closed = 0, updated = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            var key = Discrepancy.KeyOf(finding.Kind, municipalityIneCode, finding.CityProcedureId, finding.Subject);
            if (!seen.Add(key))
            {
                continue;
            }

            if (byKey.TryGetValue(key, out var discrepancy))
            {
                var wasOpen = discrepancy.IsOpen;
                if (discrepancy.Observe(finding.Severity, finding.Summary, finding.Facts, finding.Suggestion, runId, at))
                {
                    if (!wasOpen && discrepancy.IsOpen)
                    {
                        opened++;
                    }
                    else
                    {
                        updated++;
                    }
                }
            }
            else
            {
                add(new Discrepancy(finding.Kind, finding.Severity, municipalityIneCode, finding.CityProcedureId, finding.Subject,
                    finding.Summary, finding.Facts, finding.Suggestion, runId, at));
                opened++;
            }
        }

        foreach (var discrepancy in existing)
        {
            if (!seen.Contains(discrepancy.Key) && discrepancy.CloseAutomatically(runId, at))
            {
                closed++;
            }
        }

        return new LifecycleCounts(opened, closed, updated);
    }
}
