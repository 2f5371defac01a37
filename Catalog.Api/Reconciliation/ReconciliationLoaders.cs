using Microsoft.EntityFrameworkCore;
using Catalog.Domain.Reconciliation;

namespace Catalog.Api.GraphQL;

public sealed partial class CatalogLoaders
{
    private BatchLoader<long, Discrepancy?>? _discrepancies;
    private BatchLoader<long, IReadOnlyList<Discrepancy>>? _openDiscrepanciesOf;
    private BatchLoader<long, SyncRun?>? _syncRuns;

    /// <summary>Discrepancies by id.</summary>
    public BatchLoader<long, Discrepancy?> Discrepancies
        => _discrepancies ??= ByKey<long, Discrepancy>((db, keys) => db.Discrepancies.Where(d => EF.Parameter(keys).Contains(d.Id)), d => d.Id, nameof(Discrepancy.Id));

    /// <summary>The open discrepancies of a city procedure, by its id, oldest first.</summary>
    public BatchLoader<long, IReadOnlyList<Discrepancy>> OpenDiscrepanciesOf
        => _openDiscrepanciesOf ??= GroupedBy<long, Discrepancy>(
            (db, keys) => db.Discrepancies.Where(d => d.CityProcedureId != null && keys.Contains(d.CityProcedureId.Value) && d.Status == DiscrepancyStatus.Open).OrderBy(d => d.Id),
            d => d.CityProcedureId!.Value);

    /// <summary>Sync runs by id.</summary>
    public BatchLoader<long, SyncRun?> SyncRuns
        => _syncRuns ??= ByKey<long, SyncRun>((db, keys) => db.SyncRuns.Where(r => EF.Parameter(keys).Contains(r.Id)), r => r.Id, nameof(SyncRun.Id));
}
