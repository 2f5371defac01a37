using System.Security.Cryptography;
using System.Text;
using Catalog.Db;
using Catalog.Domain.Reconciliation;
using Catalog.Domain.Registries;
using Catalog.Sync.Runs;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Sync.Tests.Reconciliation;

/// <summary>
/// A registry source the test scripts: it holds SIA entries, loads them into the real mirror through the run's
/// context (skipping when its content hash is unchanged, like a real source), and can fail, stall or lose the
/// database midway, which is what the pipeline's fault handling is specified against.
/// </summary>
internal sealed class ScriptedMirror : IMirrorRefresh
{
    private int _inside;

    public const string SourceName = "sia-test";

    public List<SiaEntry> Entries { get; } = [];

    /// <summary>Runs after half the entries are loaded; may throw, cancel or break the connection.</summary>
    public Func<CatalogDbContext, Task>? Midway { get; set; }

    /// <summary>When set, a refresh waits here before returning (to hold a run open).</summary>
    public SemaphoreSlim? Gate { get; set; }

    public int MaxConcurrent { get; private set; }

    /// <summary>Completes when a refresh has started.</summary>
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Calls { get; private set; }

    public async Task<MirrorRefreshResult> RefreshAsync(CatalogDbContext db, bool full, long runId, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var inside = Interlocked.Increment(ref _inside);
        MaxConcurrent = Math.Max(MaxConcurrent, inside);
        Calls++;
        Entered.TrySetResult();
        try
        {
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonColumn.Serialize(Entries.Select(Fingerprint).ToList()))));
            var state = await db.RegistrySources.FindAsync([SourceName], cancellationToken);
            if (!full && state?.ContentHash == hash)
            {
                await WaitAtGateAsync(cancellationToken);
                return MirrorRefreshResult.Nothing with { Sources = [new SyncSourceReport(SourceName, "test", "memory", hash, true, 0, 0, null)] };
            }

            var touched = new HashSet<string>(StringComparer.Ordinal);
            int added = 0, changed = 0;
            for (var i = 0; i < Entries.Count; i++)
            {
                if (i == Entries.Count / 2 && Midway is not null)
                {
                    await db.SaveChangesAsync(cancellationToken);
                    await Midway(db);
                }

                var entry = Entries[i];
                var existing = await db.SiaEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Code == entry.Code, cancellationToken);
                if (existing is null)
                {
                    added++;
                }
                else if (Fingerprint(existing) != Fingerprint(entry))
                {
                    changed++;
                }
                else
                {
                    continue;
                }

                touched.Add(entry.Code);
                await ReconciliationDatabase.PutSiaAsync(db, [Copy(entry)]);
            }

            if (state is null)
            {
                db.RegistrySources.Add(state = new RegistrySourceState(SourceName));
            }

            state.ContentHash = hash;
            state.LastRunId = runId;
            await db.SaveChangesAsync(cancellationToken);
            await WaitAtGateAsync(cancellationToken);
            return new MirrorRefreshResult([new SyncSourceReport(SourceName, "test", "memory", hash, false, Entries.Count, 0, null)],
                ChangeCounts.None, ChangeCounts.None, new ChangeCounts(added, changed, 0), new HashSet<string>(), touched);
        }
        finally
        {
            Interlocked.Decrement(ref _inside);
        }
    }

    private async Task WaitAtGateAsync(CancellationToken cancellationToken)
    {
        if (Gate is not null)
        {
            await Gate.WaitAsync(cancellationToken);
        }
    }

    private static string Fingerprint(SiaEntry e)
        => $"{e.Code}|{e.Name}|{e.ResponsibleN1}|{e.ResponsibleUnitCode}|{e.SilenceEffect}|{e.ResolutionTermAmount}|{e.ResolutionTermUnit}|{e.IsWithdrawn}|{string.Join(",", e.Initiations)}";

    /// <summary>The mirror gets its own copy, so a test changing <see cref="Entries"/> changes the "source", not the database.</summary>
    private static SiaEntry Copy(SiaEntry e) => new(e.Code, e.Name)
    {
        Kind = e.Kind,
        ResponsibleN1 = e.ResponsibleN1,
        ResponsibleUnitCode = e.ResponsibleUnitCode,
        Initiations = e.Initiations,
        SilenceEffect = e.SilenceEffect,
        ResolutionTermAmount = e.ResolutionTermAmount,
        ResolutionTermUnit = e.ResolutionTermUnit,
        EndsAdministrativeRoute = e.EndsAdministrativeRoute,
        ElectronicLevel = e.ElectronicLevel,
        Status = e.Status,
        IsWithdrawn = e.IsWithdrawn,
        FirstSeenAt = e.FirstSeenAt,
        LastChangedAt = e.LastChangedAt,
    };
}

/// <summary>A clock the test sets, to move a run's time (and make it jump back).</summary>
internal sealed class AdjustableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
