using System.Globalization;
using Catalog.Domain.Reconciliation;
using Quartz;

namespace Catalog.Sync.Scheduling;

/// <summary>
/// Asks for a sync run now, through the same Quartz job the schedule fires: so a requested run never overlaps a
/// scheduled one, and in a cluster it runs on whichever node is free. This is what the API's <c>requestSync</c>
/// mutation calls. The run itself is asynchronous; its record appears in <c>SyncRuns</c>.
/// </summary>
public sealed class SyncRequests(ISchedulerFactory schedulers)
{
    /// <param name="trigger">What asks: <see cref="SyncTrigger.Api"/> for the mutation, <see cref="SyncTrigger.Manual"/> for an operator.</param>
    /// <param name="dryRun">Compute everything, save only the run record.</param>
    /// <param name="full">Reload every source and reconcile every municipality.</param>
    /// <param name="municipality">Limit reconciliation to one municipality (INE code or council DIR3 code).</param>
    /// <param name="requestedBy">Who asked, for the run record.</param>
    public async Task RequestAsync(SyncTrigger trigger, bool dryRun, bool full, string? municipality, string? requestedBy, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var data = new JobDataMap
        {
            [SyncJob.TriggerData] = trigger.ToString(),
            [SyncJob.DryRunData] = dryRun.ToString(CultureInfo.InvariantCulture),
            [SyncJob.FullData] = full.ToString(CultureInfo.InvariantCulture),
            [SyncJob.MunicipalityData] = municipality ?? string.Empty,
            [SyncJob.RequestedByData] = requestedBy ?? string.Empty,
        };
        await scheduler.TriggerJob(SyncJob.Key, data, cancellationToken);
    }
}
