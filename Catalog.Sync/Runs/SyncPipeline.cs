using Catalog.Db;
using Catalog.Domain.Reconciliation;
using Catalog.Sync.Reconciliation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Catalog.Sync.Runs;

/// <summary>A run was asked for something that cannot be done (an unknown municipality); nothing was changed.</summary>
public sealed class SyncRequestException(string message) : Exception(message);

/// <summary>Another run holds the run lock; this one changed nothing.</summary>
public sealed class SyncAlreadyRunningException(string message) : Exception(message);

/// <summary>
/// One sync run, start to end: record the run → open one transaction → take the run lock → refresh the mirror from
/// the sources that changed → reconcile the municipalities the changes touched (all of them on a full run, or the one
/// asked for) → commit, or roll back for a dry run or on any failure → record how it ended in its own short
/// transaction. A failed or cancelled run therefore leaves the mirror and the catalogs exactly as they were, and the
/// run record says why.
/// </summary>
public sealed class SyncPipeline(IDbContextFactory<CatalogDbContext> contexts, IMirrorRefresh mirror, ReconciliationEngine engine,
    TimeProvider clock, ILogger<SyncPipeline> logger)
{
    /// <summary>The node name recorded on runs (the Quartz instance id when scheduled, else the host name).</summary>
    public string Node { get; set; } = Environment.MachineName;

    public async Task<SyncRunOutcome> RunAsync(SyncRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var run = await StartRecordAsync(request, cancellationToken);
        progress?.Report($"Sync run {run.Id} started ({request.Trigger}{(request.DryRun ? ", dry run" : "")}{(request.Full ? ", full" : "")}{(request.Municipality is null ? "" : $", municipality {request.Municipality}")}).");
        MirrorRefreshResult refresh = MirrorRefreshResult.Nothing;
        ReconciliationResult? reconciliation = null;
        IReadOnlyList<long> abandoned = [];
        var rowsWritten = 0;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await SyncRunLock.TryAcquireAsync(db, cancellationToken))
            {
                throw new SyncAlreadyRunningException("Another sync run is in progress; this one changed nothing.");
            }

            abandoned = await db.SyncRuns.AsNoTracking().Where(r => r.Outcome == SyncOutcome.Running && r.Id < run.Id)
                .Select(r => r.Id).ToListAsync(cancellationToken);
            var scope = await ResolveExplicitScopeAsync(db, request, cancellationToken);
            var since = scope is null ? await ChangedSinceAsync(db, progress, cancellationToken) : null;

            refresh = await mirror.RefreshAsync(db, request.Full, run.Id, progress, cancellationToken);
            rowsWritten += await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();

            scope ??= since is { } changedSince
                ? await TouchedScope.ResolveAsync(db, refresh, changedSince, cancellationToken)
                : ReconciliationScope.All;
            reconciliation = await engine.ReconcileAsync(db, scope, run.Id, progress, cancellationToken);
            rowsWritten += reconciliation.RowsWritten;

            if (request.DryRun)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                progress?.Report("Dry run: every change rolled back; only the run record is written.");
            }
            else
            {
                await transaction.CommitAsync(cancellationToken);
            }

            run.RecordSources(refresh.Sources);
            run.RecordRegistryChanges(refresh.Units, refresh.Offices, refresh.SiaEntries);
            run.RecordReconciliation(reconciliation.Municipalities, reconciliation.Opened, reconciliation.Closed, reconciliation.Updated);
            run.Succeed(clock.GetUtcNow());
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            run.RecordSources(refresh.Sources);
            run.Cancel("Cancelled before it finished (shutdown or request); nothing was changed.", clock.GetUtcNow());
        }
#pragma warning disable CA1031 // Any failure of a run is recorded on the run; the caller gets the outcome, not the exception.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "Sync run {RunId} failed", run.Id);
            run.RecordSources(refresh.Sources);
            run.Fail(Describe(exception), clock.GetUtcNow());
        }

        await FinishRecordAsync(run, abandoned);
        progress?.Report(Summary(run));
        return new SyncRunOutcome(run, run.Outcome == SyncOutcome.Succeeded && !run.DryRun ? rowsWritten : 0);
    }

    /// <summary>One line a person reads at the end of a run.</summary>
    public static string Summary(SyncRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var text = $"Run {run.Id} {run.Outcome.ToString().ToLowerInvariant()}{(run.DryRun ? " (dry run: nothing saved)" : "")} in {run.Duration?.TotalSeconds:0.0} s: "
            + $"units +{run.Units.Added} ~{run.Units.Changed} -{run.Units.Gone}, SIA entries +{run.SiaEntries.Added} ~{run.SiaEntries.Changed} -{run.SiaEntries.Gone}; "
            + $"{run.MunicipalitiesReconciled} municipalities reconciled, discrepancies {run.DiscrepanciesOpened} opened, {run.DiscrepanciesClosed} closed, {run.DiscrepanciesUpdated} updated.";
        return run.Error is null ? text : $"{text} {run.Error}";
    }

    private async Task<SyncRun> StartRecordAsync(SyncRequest request, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = new SyncRun(request.Trigger, request.DryRun, request.Full, request.RequestedBy, request.Municipality, clock.GetUtcNow()) { Node = Node };
        db.SyncRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    /// <summary>Writes how the run ended, whatever happened before: never cancelled, so a shutdown still records it.</summary>
    private async Task FinishRecordAsync(SyncRun run, IReadOnlyList<long> abandoned)
    {
        await using var db = await contexts.CreateDbContextAsync(CancellationToken.None);
        db.SyncRuns.Attach(run);
        db.Entry(run).State = EntityState.Modified;
        foreach (var stale in await db.SyncRuns.Where(r => abandoned.Contains(r.Id) && r.Outcome == SyncOutcome.Running).ToListAsync())
        {
            stale.Fail($"Abandoned: the node running it stopped before it finished; run {run.Id} found it unlocked. Nothing of it was saved.", clock.GetUtcNow());
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>A full run or a run for one municipality has its scope from the request; an incremental run has none yet.</summary>
    private static async Task<ReconciliationScope?> ResolveExplicitScopeAsync(CatalogDbContext db, SyncRequest request, CancellationToken cancellationToken)
    {
        if (request.Municipality is { } asked)
        {
            var code = asked.Trim().ToUpperInvariant();
            var ine = await db.Municipalities.AsNoTracking()
                .Where(m => m.IneCode == code || m.CouncilDir3Code == code || (code.Length == 6 && m.IneCode == code.Substring(0, 5)))
                .Select(m => m.IneCode).FirstOrDefaultAsync(cancellationToken);
            return ine is null
                ? throw new SyncRequestException($"Municipality '{asked}' is neither an INE code nor a town council's DIR3 code of a known municipality.")
                : ReconciliationScope.Only([ine]);
        }

        return request.Full ? ReconciliationScope.All : null;
    }

    /// <summary>
    /// The start of the last successful run: catalogs changed since then are reconciled. Null (reconcile everything)
    /// when there was none, or when it lies in the future because the clock jumped back: changes cannot be trusted to
    /// be newer than it.
    /// </summary>
    private async Task<DateTimeOffset?> ChangedSinceAsync(CatalogDbContext db, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var last = await db.SyncRuns.AsNoTracking().Where(r => r.Outcome == SyncOutcome.Succeeded && !r.DryRun)
            .OrderByDescending(r => r.Id).Select(r => (DateTimeOffset?)r.StartedAt).FirstOrDefaultAsync(cancellationToken);
        if (last is null)
        {
            progress?.Report("No earlier successful run: every municipality is reconciled.");
            return null;
        }

        if (last > clock.GetUtcNow())
        {
            progress?.Report($"The last successful run started at {last:u}, after now: the clock went back, so every municipality is reconciled.");
            return null;
        }

        return last;
    }

    private static string Describe(Exception exception)
    {
        var messages = new List<string>();
        for (var current = exception; current is not null && messages.Count < 4; current = current.InnerException)
        {
            if (!messages.Contains(current.Message))
            {
                messages.Add(current.Message);
            }
        }

        var text = string.Join(" → ", messages);
        return text.Length > 1900 ? text[..1900] + "…" : text;
    }
}

/// <summary>How a run ended, and how many rows it wrote besides its run record (zero when it saved nothing).</summary>
public sealed record SyncRunOutcome(SyncRun Run, int RowsWritten)
{
    public bool Succeeded => Run.Outcome == SyncOutcome.Succeeded;
}
