using Catalog.Domain.Reconciliation;
using Catalog.Sync.Runs;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Catalog.Sync.Scheduling;

/// <summary>
/// The Quartz job that runs the sync pipeline. Never two at once (also across a cluster, where the job store's
/// locks enforce it); a run interrupted by a crashed node is recovered by another node. What to run comes from the
/// trigger's job data (see <see cref="SyncRequests"/>); the nightly trigger carries none and runs an incremental sync.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SyncJob(SyncPipeline pipeline, ILogger<SyncJob> logger) : IJob
{
    public static readonly JobKey Key = new("catalog-sync", "catalog");

    public static readonly TriggerKey ScheduleKey = new("catalog-sync-nightly", "catalog");

    internal const string TriggerData = "trigger";
    internal const string DryRunData = "dryRun";
    internal const string FullData = "full";
    internal const string MunicipalityData = "municipality";
    internal const string RequestedByData = "requestedBy";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = RequestOf(context);
        var instance = context.Scheduler.SchedulerInstanceId;
        pipeline.Node = instance is { Length: > 0 } && instance != "NON_CLUSTERED" ? instance : Environment.MachineName;
        var progress = new Progress<string>(message => logger.LogInformation("{Progress}", message));
        // The pipeline reports its summary as its last progress line, so the log already says how the run ended.
        await pipeline.RunAsync(request, progress, cancellationToken);
    }

    internal static SyncRequest RequestOf(IJobExecutionContext context)
    {
        var data = context.MergedJobDataMap;
        var trigger = data.TryGetString(TriggerData, out var text) && Enum.TryParse<SyncTrigger>(text, out var parsed) ? parsed : SyncTrigger.Schedule;
        return new SyncRequest(trigger,
            DryRun: data.TryGetString(DryRunData, out var dry) && bool.TryParse(dry, out var d) && d,
            Full: data.TryGetString(FullData, out var full) && bool.TryParse(full, out var f) && f,
            Municipality: data.TryGetString(MunicipalityData, out var municipality) && !string.IsNullOrWhiteSpace(municipality) ? municipality : null,
            RequestedBy: data.TryGetString(RequestedByData, out var by) && !string.IsNullOrWhiteSpace(by) ? by : null);
    }
}
