namespace Catalog.Domain.Reconciliation;

/// <summary>What started a sync run.</summary>
public enum SyncTrigger
{
    Schedule,
    Manual,
    Command,
    Api,
    Startup,
    /// <summary>A write to a city catalog: that city is reconciled right after it.</summary>
    Edit,
}

public enum SyncOutcome
{
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

/// <summary>Counts of registry rows added, changed and gone in one run, for one kind of row.</summary>
public sealed record ChangeCounts(int Added, int Changed, int Gone)
{
    public static readonly ChangeCounts None = new(0, 0, 0);

    public ChangeCounts Plus(ChangeCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Added + other.Added, Changed + other.Changed, Gone + other.Gone);
    }
}

/// <summary>One source a run read: where from, its content hash, whether it was skipped as unchanged, what it held.</summary>
public sealed record SyncSourceReport(string Name, string Kind, string Location, string? ContentHash, bool Skipped, int RowsRead, int RowsRejected, string? Error);

/// <summary>
/// The record of one sync run: what started it, what it read, what it changed in the mirror and the catalogs, and
/// how it ended. A dry run computes everything and writes only this record.
/// </summary>
public sealed class SyncRun
{
    private SyncRun()
    {
        Sources = [];
    }

    public SyncRun(SyncTrigger trigger, bool dryRun, bool full, string? requestedBy, string? municipalityFilter, DateTimeOffset startedAt)
    {
        Trigger = trigger;
        DryRun = dryRun;
        Full = full;
        RequestedBy = requestedBy;
        MunicipalityFilter = municipalityFilter;
        StartedAt = startedAt;
        Outcome = SyncOutcome.Running;
        Sources = [];
    }

    public long Id { get; private set; }

    public SyncTrigger Trigger { get; private set; }

    public bool DryRun { get; private set; }

    /// <summary>True when every municipality was reconciled, not only those touched by changes.</summary>
    public bool Full { get; private set; }

    public string? RequestedBy { get; private set; }

    /// <summary>The municipality the run was limited to, if any (INE code).</summary>
    public string? MunicipalityFilter { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public SyncOutcome Outcome { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<SyncSourceReport> Sources { get; private set; }

    public ChangeCounts Units { get; private set; } = ChangeCounts.None;

    public ChangeCounts Offices { get; private set; } = ChangeCounts.None;

    public ChangeCounts SiaEntries { get; private set; } = ChangeCounts.None;

    public int MunicipalitiesReconciled { get; private set; }

    public int DiscrepanciesOpened { get; private set; }

    public int DiscrepanciesClosed { get; private set; }

    /// <summary>Discrepancies whose facts were updated without opening or closing.</summary>
    public int DiscrepanciesUpdated { get; private set; }

    /// <summary>The node that ran it (host name or Quartz instance id).</summary>
    public string? Node { get; set; }

    public TimeSpan? Duration => FinishedAt - StartedAt;

    public void RecordSources(IReadOnlyList<SyncSourceReport> sources) => Sources = sources ?? throw new ArgumentNullException(nameof(sources));

    public void RecordRegistryChanges(ChangeCounts units, ChangeCounts offices, ChangeCounts siaEntries)
    {
        Units = units;
        Offices = offices;
        SiaEntries = siaEntries;
    }

    public void RecordReconciliation(int municipalities, int opened, int closed, int updated)
    {
        MunicipalitiesReconciled = municipalities;
        DiscrepanciesOpened = opened;
        DiscrepanciesClosed = closed;
        DiscrepanciesUpdated = updated;
    }

    public void Succeed(DateTimeOffset at) => Finish(SyncOutcome.Succeeded, null, at);

    public void Fail(string error, DateTimeOffset at) => Finish(SyncOutcome.Failed, error, at);

    public void Cancel(string reason, DateTimeOffset at) => Finish(SyncOutcome.Cancelled, reason, at);

    private void Finish(SyncOutcome outcome, string? error, DateTimeOffset at)
    {
        if (Outcome != SyncOutcome.Running)
        {
            throw new DomainRuleException($"Run {Id} already ended ({Outcome}).");
        }

        Outcome = outcome;
        Error = error;
        FinishedAt = at;
    }
}
