using Catalog.Db;
using Catalog.Domain.Reconciliation;
using Catalog.Sync.Registries;
using Catalog.Sync.Registries.Mirror;
using Catalog.Sync.Registries.Sources;

namespace Catalog.Sync.Runs;

/// <summary>
/// The mirror refresh over the configured registry sources (<c>Sync:Sources</c>): fetch each, skip it when its
/// SHA-256 is the one last loaded (unless the run is full), and load it with the <see cref="MirrorLoader"/> inside
/// the run's transaction. DIR3 sources load before SIA sources, so SIA entries meet the units they name. Any source
/// that cannot be fetched or read fails the whole run, which then saves nothing.
/// </summary>
internal sealed class RegistryMirrorRefresh(RegistrySources sources, TimeProvider clock) : IMirrorRefresh
{
    public async Task<MirrorRefreshResult> RefreshAsync(CatalogDbContext db, bool full, long runId, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var loader = new MirrorLoader(db, clock);
        var reports = new List<SyncSourceReport>();
        ChangeCounts units = ChangeCounts.None, offices = ChangeCounts.None, sia = ChangeCounts.None;
        var touchedUnits = new HashSet<string>(StringComparer.Ordinal);
        var touchedSia = new HashSet<string>(StringComparer.Ordinal);
        if (sources.All.Count == 0)
        {
            progress?.Report("No registry sources are configured (Sync:Sources): the mirror is left as it is.");
        }

        foreach (var source in sources.All.OrderBy(s => s.Options.Registry == Registry.Dir3 ? 0 : 1))
        {
            var options = source.Options;
            progress?.Report($"Fetching {options.Name} ({options.Registry}, {options.Type}: {options.Location})…");
            await using var content = await source.FetchAsync(cancellationToken);
            if (!full && await loader.IsUnchangedAsync(content, cancellationToken))
            {
                progress?.Report($"{options.Name} is unchanged since it was last loaded (SHA-256 {content.ContentHash[..12]}…): skipped.");
                reports.Add(new SyncSourceReport(options.Name, options.Registry.ToString(), options.Location, content.ContentHash, true, 0, 0, null));
                continue;
            }

            var result = await loader.LoadAsync(content, new MirrorLoadOptions { RunId = runId },
                new ForwardedProgress(options.Name, progress), cancellationToken);
            progress?.Report($"{options.Name}: {result.RowsRead:N0} rows read, {result.RowsRejected:N0} rejected; "
                + $"units +{result.Units.Added} ~{result.Units.Changed} -{result.Units.Gone}, SIA entries +{result.SiaEntries.Added} ~{result.SiaEntries.Changed} -{result.SiaEntries.Gone}.");
            var firstRejection = result.Rejections.Count > 0 ? $"{result.RowsRejected} row(s) rejected, first: {result.Rejections[0]}" : null;
            reports.Add(new SyncSourceReport(options.Name, $"{options.Registry} {result.ContentKind}", options.Location, result.ContentHash, false,
                result.RowsRead, result.RowsRejected, firstRejection));
            units = units.Plus(result.Units);
            offices = offices.Plus(result.Offices);
            sia = sia.Plus(result.SiaEntries);
            touchedUnits.UnionWith(result.TouchedUnitCodes);
            touchedSia.UnionWith(result.TouchedSiaCodes);
        }

        return new MirrorRefreshResult(reports, units, offices, sia, touchedUnits, touchedSia);
    }

    private sealed class ForwardedProgress(string source, IProgress<string>? progress) : IProgress<MirrorLoadProgress>
    {
        public void Report(MirrorLoadProgress value)
        {
            if (value.RowsRead > 0)
            {
                progress?.Report($"{source}: {value.Phase}, {value.RowsRead:N0} rows read, {value.RowsRejected:N0} rejected…");
            }
        }
    }
}
