using Catalog.Db;

namespace Catalog.Sync.Runs;

/// <summary>
/// The mirror refresh over the configured registry sources (<c>Sync:Sources</c>): integrated with the registry
/// ingestion's sources and loader.
/// </summary>
internal sealed class RegistryMirrorRefresh : IMirrorRefresh
{
    public Task<MirrorRefreshResult> RefreshAsync(CatalogDbContext db, bool full, long runId, IProgress<string>? progress, CancellationToken cancellationToken)
        => throw new NotSupportedException("Pending integration with the registry ingestion branch.");
}
