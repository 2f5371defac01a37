using Catalog.Db;
using Catalog.Domain.CityCatalog;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.CityCatalog;

/// <summary>What the catalog's rules need from the registry mirror, read for the codes at hand only.</summary>
public static class MirrorLookups
{
    /// <summary>Codes per statement: well under every provider's parameter limit.</summary>
    private const int Chunk = 500;

    /// <summary>
    /// The units named by <paramref name="codes"/> and their chains of parents and principal units, one statement per
    /// level of the hierarchy (DIR3 goes about 8 deep), so an import of any size checks its units in a few statements.
    /// Codes the mirror does not have are absent from the answer.
    /// </summary>
    public static async Task<Dictionary<string, UnitLink>> UnitTreesAsync(CatalogDbContext db, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var found = new Dictionary<string, UnitLink>(StringComparer.Ordinal);
        var asked = new HashSet<string>(StringComparer.Ordinal);
        var wanted = codes.Distinct(StringComparer.Ordinal).ToList();
        for (var depth = 0; wanted.Count > 0 && depth < 64; depth++)
        {
            asked.UnionWith(wanted);
            var level = new List<UnitLink>();
            foreach (var chunk in wanted.Chunk(Chunk))
            {
                level.AddRange(await db.Units.AsNoTracking().Where(u => chunk.Contains(u.Code))
                    .Select(u => new UnitLink(u.Code, u.ParentCode, u.PrincipalCode)).ToListAsync(cancellationToken));
            }

            foreach (var unit in level)
            {
                found[unit.Code] = unit;
            }

            wanted = level.SelectMany(u => new[] { u.ParentCode, u.PrincipalCode }).OfType<string>()
                .Where(c => !asked.Contains(c)).Distinct(StringComparer.Ordinal).ToList();
        }

        return found;
    }

    /// <summary>Which of <paramref name="codes"/> the SIA mirror has.</summary>
    public static async Task<HashSet<string>> KnownSiaCodesAsync(CatalogDbContext db, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in codes.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            known.UnionWith(await db.SiaEntries.AsNoTracking().Where(e => chunk.Contains(e.Code)).Select(e => e.Code).ToListAsync(cancellationToken));
        }

        return known;
    }
}
