using System.Runtime.CompilerServices;
using Catalog.Db;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Municipalities;
using Catalog.Domain.ReferenceCatalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Catalog.Api.CityCatalog;

/// <summary>Settings of the national view (section <c>Coverage</c>).</summary>
public sealed class CoverageOptions
{
    /// <summary>
    /// Seconds a computed national view is served before it is refreshed in the background (default 60): how long a
    /// write made by another process (the CLI import, another replica) may take to show. Writes made in this process
    /// show at the next read.
    /// </summary>
    public double SnapshotSeconds { get; set; } = 60;
}

/// <summary>
/// The latest <see cref="NationalCoverage"/>, kept in memory for every request: computing it reads all city
/// procedures (seconds on national data), serving it takes microseconds.
/// <list type="bullet">
/// <item>A write made in this process (any context of the app's factory, seen by <see cref="CoverageWrites"/>)
/// invalidates it at once: the next read waits for a view computed after the write.</item>
/// <item>Writes by other processes are not seen here; the view is refreshed once it is older than
/// <see cref="CoverageOptions.SnapshotSeconds"/>, in the background, while readers keep the previous one.</item>
/// <item>One refresh at a time: readers that need a fresh view wait for the running one; the first read waits.</item>
/// </list>
/// </summary>
public sealed class NationalCoverageSnapshot(CatalogDbContextFactory databases, CoverageWriteCount writeCount, TimeProvider clock, IOptions<CoverageOptions> options, ILogger<NationalCoverageSnapshot> logger)
{
    private readonly Lock _lock = new();
    private NationalCoverage? _current;
    private Task<NationalCoverage>? _refresh;

    private TimeSpan MaxAge => TimeSpan.FromSeconds(Math.Max(0, options.Value.SnapshotSeconds));

    /// <summary>The national view, with every write this process committed before the call.</summary>
    public async Task<NationalCoverage> GetAsync(CancellationToken cancellation)
    {
        while (true)
        {
            Task<NationalCoverage> refresh;
            lock (_lock)
            {
                var writes = writeCount.Value;
                if (_current is { } current && current.Generation == writes)
                {
                    if (clock.GetUtcNow() - current.TakenAt >= MaxAge)
                    {
                        // Stale only for other processes' writes: serve it while the refresh runs.
                        _ = Refresh(writes);
                    }

                    return current;
                }

                refresh = Refresh(writes);
            }

            var computed = await refresh.WaitAsync(cancellation);
            if (computed.Generation == writeCount.Value)
            {
                return computed;
            }

            // A write committed while that refresh ran (or it had started before the write): wait for the next one.
        }
    }

    /// <summary>The running refresh, or a new one; called under the lock, so there is never more than one.</summary>
    private Task<NationalCoverage> Refresh(long writes)
    {
        if (_refresh is { IsCompleted: false } running)
        {
            return running;
        }

        var refresh = Task.Run(() => ComputeAsync(writes));
        _refresh = refresh;
        return refresh;
    }

    private async Task<NationalCoverage> ComputeAsync(long writes)
    {
        try
        {
            // Taken before the statements run: what they read is at least this recent.
            var takenAt = clock.GetUtcNow();
            await using var db = databases.CreateDbContext();
            var computed = await NationalCoverage.ComputeAsync(db, writes, takenAt, CancellationToken.None);
            lock (_lock)
            {
                if (_current is null || _current.Generation <= computed.Generation)
                {
                    _current = computed;
                }
            }

            return computed;
        }
        catch (Exception failure)
        {
            // A background refresh has no reader to tell; the next read that needs a fresh view tries again.
            logger.LogError(failure, "Computing the national coverage failed.");
            throw;
        }
    }
}

/// <summary>
/// How many coverage-relevant writes this process has committed: the national view computed after the last one is
/// current. Apart from <see cref="NationalCoverageSnapshot"/> because the contexts' factory needs it (through
/// <see cref="CoverageWrites"/>) and the snapshot needs the factory.
/// </summary>
public sealed class CoverageWriteCount
{
    private long _value;

    /// <summary>The writes counted so far.</summary>
    public long Value => Interlocked.Read(ref _value);

    /// <summary>Counts a write: a national view computed before it is out of date.</summary>
    public void Increment() => Interlocked.Increment(ref _value);
}

/// <summary>
/// Tells <see cref="NationalCoverageSnapshot"/> when a save changes what the national view shows: city procedures
/// added, removed, or changed in status, mapping, offer or municipality, and any change of a reference procedure or a
/// municipality (served whole from the view). Inside a transaction the view is invalidated again at commit, so a
/// refresh that ran before the commit (and could not see the rows) is not kept. The app has no bulk
/// (ExecuteUpdate or SQL) writes to these tables; any added later must call <see cref="CoverageWriteCount.Increment"/>.
/// </summary>
public sealed class CoverageWrites(CoverageWriteCount writes) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly string[] CityProcedureFacts =
        [nameof(CityProcedure.Status), nameof(CityProcedure.ReferenceProcedureId), nameof(CityProcedure.IsOffered), nameof(CityProcedure.MunicipalityIneCode)];

    // Per context: a relevant save is under way, or saved inside a transaction not yet committed.
    private readonly ConditionalWeakTable<DbContext, StrongBox<bool>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    private static bool Changes(EntityEntry entry) => entry.Entity switch
    {
        CityProcedure => entry.State is EntityState.Added or EntityState.Deleted
            || (entry.State == EntityState.Modified && CityProcedureFacts.Any(f => entry.Property(f).IsModified)),
        ReferenceProcedure or Municipality => entry.State is EntityState.Added or EntityState.Deleted or EntityState.Modified,
        _ => false,
    };

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(Changes))
        {
            _pending.AddOrUpdate(context, new StrongBox<bool>(true));
        }
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out _))
        {
            return;
        }

        writes.Increment();
        if (context.Database.CurrentTransaction is null)
        {
            _pending.Remove(context);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out _))
        {
            _pending.Remove(context);
            writes.Increment();
        }
    }
}
