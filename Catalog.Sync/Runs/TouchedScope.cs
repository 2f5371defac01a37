using Catalog.Db;
using Catalog.Sync.Reconciliation;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Sync.Runs;

/// <summary>
/// The municipalities an incremental run reconciles: those whose units or SIA entries changed in the mirror, those
/// whose procedures point at a changed unit (or a unit under one) or a changed SIA entry, those whose catalog changed
/// since the last successful run, and those mapped to a reference procedure revised since then.
/// </summary>
internal static class TouchedScope
{
    private const int Chunk = 500;

    public static async Task<ReconciliationScope> ResolveAsync(CatalogDbContext db, MirrorRefreshResult refresh, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var municipalities = new HashSet<string>(StringComparer.Ordinal);
        municipalities.UnionWith(await db.CityProcedures.AsNoTracking().Where(p => p.UpdatedAt >= since)
            .Select(p => p.MunicipalityIneCode).Distinct().ToListAsync(cancellationToken));

        var revised = await db.ReferenceProcedureVersions.AsNoTracking().Where(v => v.CreatedAt >= since)
            .Select(v => v.ReferenceProcedureId).Distinct().ToListAsync(cancellationToken);
        foreach (var chunk in revised.Chunk(Chunk))
        {
            municipalities.UnionWith(await db.CityProcedures.AsNoTracking().Where(p => p.ReferenceProcedureId != null && chunk.Contains(p.ReferenceProcedureId.Value))
                .Select(p => p.MunicipalityIneCode).Distinct().ToListAsync(cancellationToken));
        }

        if (refresh.TouchedUnitCodes.Count > 0 || refresh.TouchedSiaCodes.Count > 0)
        {
            var ineByCouncil = await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.CouncilDir3Code, m => m.IneCode, StringComparer.Ordinal, cancellationToken);
            var units = await ReconciliationEngine.LoadUnitsAsync(db, cancellationToken);

            // A changed unit affects its own council and, through the hierarchy, every unit under it.
            var affectedUnits = units.WithDescendants(refresh.TouchedUnitCodes);
            foreach (var code in affectedUnits)
            {
                if (units.CouncilOf(code) is { } council && ineByCouncil.TryGetValue(council, out var ine))
                {
                    municipalities.Add(ine);
                }
            }

            foreach (var chunk in affectedUnits.Chunk(Chunk))
            {
                municipalities.UnionWith(await db.CityProcedures.AsNoTracking().Where(p => chunk.Contains(p.ResponsibleUnitCode!))
                    .Select(p => p.MunicipalityIneCode).Distinct().ToListAsync(cancellationToken));
            }

            foreach (var chunk in refresh.TouchedSiaCodes.Chunk(Chunk))
            {
                municipalities.UnionWith(await db.CityProcedures.AsNoTracking().Where(p => chunk.Contains(p.SiaCode!))
                    .Select(p => p.MunicipalityIneCode).Distinct().ToListAsync(cancellationToken));
                var owners = await db.SiaEntries.AsNoTracking().Where(e => chunk.Contains(e.Code))
                    .Select(e => new { e.ResponsibleN1, e.ResponsibleUnitCode }).ToListAsync(cancellationToken);
                foreach (var owner in owners)
                {
                    if ((units.CouncilOf(owner.ResponsibleN1) ?? units.CouncilOf(owner.ResponsibleUnitCode)) is { } council && ineByCouncil.TryGetValue(council, out var ine))
                    {
                        municipalities.Add(ine);
                    }
                }
            }
        }

        return ReconciliationScope.Only(municipalities);
    }
}
