using Catalog.Db;
using Catalog.Domain.Codes;
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
        var (run, municipality, refusal) = await StartRecordAsync(request, cancellationToken);
        progress?.Report($"Sync run {run.Id} started ({request.Trigger}{(request.DryRun ? ", dry run" : "")}{(request.Full ? ", full" : "")}{(request.Municipality is null ? "" : $", municipality {request.Municipality}")}).");
        MirrorRefreshResult refresh = MirrorRefreshResult.Nothing;
        ReconciliationResult? reconciliation = null;
        IReadOnlyList<long> abandoned = [];
        var rowsWritten = 0;
        try
        {
            if (refusal is not null)
            {
                throw new SyncRequestException(refusal);
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
            GuardAgainstReconnection(db);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await TransactionLock.SyncRun.TryAcquireAsync(db, cancellationToken))
            {
                throw new SyncAlreadyRunningException("Another sync run is in progress; this one changed nothing.");
            }

            abandoned = await db.SyncRuns.AsNoTracking().Where(r => r.Outcome == SyncOutcome.Running && r.Id < run.Id)
                .Select(r => r.Id).ToListAsync(cancellationToken);
            var scope = municipality is not null ? ReconciliationScope.Only([municipality])
                : request.Full ? ReconciliationScope.All
                : null;
            var since = scope is null ? await ChangedSinceAsync(db, progress, cancellationToken) : null;

            refresh = request.ReconcileOnly ? MirrorRefreshResult.Nothing : await mirror.RefreshAsync(db, request.Full, run.Id, progress, cancellationToken);
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

    private async Task<(SyncRun Run, string? Municipality, string? Refusal)> StartRecordAsync(SyncRequest request, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        string? municipality = null, refusal = null;
        if (request.Municipality is { } asked)
        {
            (municipality, refusal) = await FindMunicipalityAsync(db, asked, cancellationToken);
        }

        var run = new SyncRun(request.Trigger, request.DryRun, request.Full, request.RequestedBy, municipality, clock.GetUtcNow()) { Node = Node };
        db.SyncRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return (run, municipality, refusal);
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

    /// <summary>The INE code of the municipality asked for, or why there is none (the parser's own message).</summary>
    private static async Task<(string? Municipality, string? Refusal)> FindMunicipalityAsync(CatalogDbContext db, string asked, CancellationToken cancellationToken)
    {
        if (!MunicipalityCode.TryParse(asked, out var code, out var error))
        {
            return (null, $"{error} Nothing was done.");
        }

        var ine = code.Value;
        var known = await db.Municipalities.AsNoTracking().AnyAsync(m => m.IneCode == ine, cancellationToken);
        return known ? (ine, null) : (null, $"{MunicipalityCode.UnknownMessage(code)} Nothing was done.");
    }

    /// <summary>
    /// The start of the last successful run that covered every municipality it had to (not a dry run, not limited to
    /// one municipality): catalogs changed since then are reconciled. Null (reconcile everything)
    /// when there was none, or when it lies in the future because the clock jumped back: changes cannot be trusted to
    /// be newer than it.
    /// </summary>
    private async Task<DateTimeOffset?> ChangedSinceAsync(CatalogDbContext db, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var last = await db.SyncRuns.AsNoTracking().Where(r => r.Outcome == SyncOutcome.Succeeded && !r.DryRun && r.MunicipalityFilter == null)
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

    /// <summary>
    /// A connection lost mid-run takes the run's transaction with it. EF would quietly open a new connection for the
    /// next statement, which would then run outside any transaction and save part of the run; refusing the reopening
    /// makes the run fail instead, with nothing saved.
    /// </summary>
    private static void GuardAgainstReconnection(CatalogDbContext db)
    {
        var lost = false;
        db.Database.GetDbConnection().StateChange += (_, change) =>
        {
            if (change.CurrentState != System.Data.ConnectionState.Open)
            {
                lost = true;
            }
            else if (lost)
            {
                throw new InvalidOperationException("The connection to the database was lost during the run; nothing of the run was saved.");
            }
        };
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
