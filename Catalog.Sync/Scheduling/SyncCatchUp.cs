using Catalog.Db;
using Catalog.Domain.Reconciliation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Catalog.Sync.Scheduling;

/// <summary>
/// With the in-memory job store (SQLite), the scheduler forgets a fire time it missed while the process was down.
/// At start-up this asks for one run when the last successful run is older than one schedule period (or there has
/// never been one, which is what makes a fresh demo reconcile within a minute of starting).
/// </summary>
internal sealed class SyncCatchUp(IHostApplicationLifetime lifetime, IDbContextFactory<CatalogDbContext> contexts, SyncRequests requests,
    IOptions<SyncScheduleOptions> options, TimeProvider clock, ILogger<SyncCatchUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // After the application has started, so the database is migrated and seeded and the scheduler is running.
        lifetime.ApplicationStarted.Register(() => _ = CatchUpAsync(lifetime.ApplicationStopping));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal async Task<bool> CatchUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (!await IsDueAsync(contexts, options.Value, clock.GetUtcNow(), cancellationToken))
            {
                return false;
            }

            logger.LogInformation("The last successful sync is older than one schedule period: running one now.");
            await requests.RequestAsync(SyncTrigger.Startup, dryRun: false, full: false, municipality: null, requestedBy: null, cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
#pragma warning disable CA1031 // A failed catch-up must not take the host down; the nightly run still comes.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "Could not check or start the catch-up sync run");
            return false;
        }
    }

    /// <summary>True when no successful run started within the last schedule period.</summary>
    internal static async Task<bool> IsDueAsync(IDbContextFactory<CatalogDbContext> contexts, SyncScheduleOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var last = await db.SyncRuns.AsNoTracking().Where(r => r.Outcome == SyncOutcome.Succeeded && !r.DryRun && r.MunicipalityFilter == null)
            .OrderByDescending(r => r.Id).Select(r => (DateTimeOffset?)r.StartedAt).FirstOrDefaultAsync(cancellationToken);
        return last is null || now - last.Value > options.Period(now) || last.Value > now;
    }
}
