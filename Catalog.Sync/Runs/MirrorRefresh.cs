using Catalog.Db;
using Catalog.Domain.Reconciliation;

namespace Catalog.Sync.Runs;

/// <summary>What the registry half of a run did: the sources it read and what changed in the mirror.</summary>
/// <param name="TouchedUnitCodes">DIR3 units added, changed or gone: their municipalities are reconciled.</param>
/// <param name="TouchedSiaCodes">SIA entries added, changed or gone: their municipalities are reconciled.</param>
public sealed record MirrorRefreshResult(IReadOnlyList<SyncSourceReport> Sources, ChangeCounts Units, ChangeCounts Offices, ChangeCounts SiaEntries,
    IReadOnlySet<string> TouchedUnitCodes, IReadOnlySet<string> TouchedSiaCodes)
{
    public static readonly MirrorRefreshResult Nothing = new([], ChangeCounts.None, ChangeCounts.None, ChangeCounts.None,
        new HashSet<string>(), new HashSet<string>());
}

/// <summary>
/// The registry half of a sync run: fetch the configured sources and load those that changed (all of them when
/// <paramref name="full"/>) into the mirror, through <paramref name="db"/> and inside the transaction the pipeline holds,
/// without committing. A seam because the pipeline is specified with sources that fail on purpose.
/// </summary>
public interface IMirrorRefresh
{
    Task<MirrorRefreshResult> RefreshAsync(CatalogDbContext db, bool full, long runId, IProgress<string>? progress, CancellationToken cancellationToken);
}
