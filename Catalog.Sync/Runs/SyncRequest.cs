using Catalog.Domain.Reconciliation;

namespace Catalog.Sync.Runs;

/// <summary>
/// What a sync run is asked to do.
/// </summary>
/// <param name="Trigger">What started it.</param>
/// <param name="DryRun">Compute everything, write only the run record.</param>
/// <param name="Full">Load every source even if unchanged, and reconcile every municipality.</param>
/// <param name="Municipality">Reconcile only this municipality (INE code or its council's DIR3 code).</param>
/// <param name="RequestedBy">Who asked, for the record.</param>
/// <param name="ReconcileOnly">Leave the mirror as it is and only reconcile (what a write to a city catalog asks for its city).</param>
public sealed record SyncRequest(SyncTrigger Trigger, bool DryRun = false, bool Full = false, string? Municipality = null, string? RequestedBy = null,
    bool ReconcileOnly = false);
