using Catalog.Db;
using Catalog.Domain.ChangeFeed;
using Catalog.Domain.CityCatalog;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Sync.Registries.Mirror;

/// <summary>
/// Change-feed entries for a mirror load: one per DIR3 unit or SIA entry that changed, appeared or went and that an
/// active city procedure points to, per city pointing to it (a platform follows its own city). Registry rows nobody
/// points to change what no platform shows, so a national list does not flood the feed.
/// </summary>
internal static class MirrorChangeFeed
{
    public static async Task RecordAsync(CatalogDbContext db, IReadOnlySet<string> changedUnits, IReadOnlySet<string> goneUnits,
        IReadOnlySet<string> changedSia, IReadOnlySet<string> goneSia, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (changedUnits.Count + goneUnits.Count > 0)
        {
            var pointing = await db.CityProcedures.AsNoTracking()
                .Where(p => p.Status == CityProcedureStatus.Active && p.ResponsibleUnitCode != null)
                .Select(p => new { Code = p.ResponsibleUnitCode!, p.MunicipalityIneCode }).Distinct().ToListAsync(cancellationToken);
            Add(db, "Unit", pointing.Select(p => (p.Code, p.MunicipalityIneCode)), changedUnits, goneUnits, now);
        }

        if (changedSia.Count + goneSia.Count > 0)
        {
            var pointing = await db.CityProcedures.AsNoTracking()
                .Where(p => p.Status == CityProcedureStatus.Active && p.SiaCode != null)
                .Select(p => new { Code = p.SiaCode!, p.MunicipalityIneCode }).Distinct().ToListAsync(cancellationToken);
            Add(db, "SiaEntry", pointing.Select(p => (p.Code, p.MunicipalityIneCode)), changedSia, goneSia, now);
        }
    }

    private static void Add(CatalogDbContext db, string subjectType, IEnumerable<(string Code, string Municipality)> pointing,
        IReadOnlySet<string> changed, IReadOnlySet<string> gone, DateTimeOffset now)
    {
        foreach (var (code, municipality) in pointing.OrderBy(p => p.Code, StringComparer.Ordinal).ThenBy(p => p.Municipality, StringComparer.Ordinal))
        {
            var kind = gone.Contains(code) ? CatalogChangeKind.RegistryGone : changed.Contains(code) ? CatalogChangeKind.RegistryChanged : (CatalogChangeKind?)null;
            if (kind is { } k)
            {
                db.CatalogChanges.Add(new CatalogChange(subjectType, code, k, [], municipality, now));
            }
        }
    }
}
