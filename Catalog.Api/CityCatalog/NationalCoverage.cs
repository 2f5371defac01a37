using Catalog.Db;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Municipalities;
using Catalog.Domain.ReferenceCatalog;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Api.CityCatalog;

/// <summary>How many municipalities implement one reference procedure, declare it not offered, or say nothing.</summary>
public sealed record ReferenceProcedureCoverage(ReferenceProcedure Procedure, int Municipalities, int Implementing, int NotOffering)
{
    /// <summary>Municipalities whose catalogs say nothing about the procedure.</summary>
    public int Silent => Municipalities - Implementing - NotOffering;

    /// <summary>Share of the municipalities in <paramref name="count"/>, 0 when there are none.</summary>
    public double Share(int count) => Municipalities == 0 ? 0 : Math.Round((double)count / Municipalities, 4);
}

/// <summary>
/// The coverage of the reference catalog by the municipalities of one area (an autonomous community, a province or the
/// whole country): the municipalities' mappings summed, and how many municipalities map anything at all.
/// </summary>
public sealed record AreaCoverage(string Code, string Name, string? RegionCode, string? RegionName, int ReferenceProcedures, int Municipalities, int Implementing, long Mapped, long NotOffered)
{
    /// <summary>Municipality × reference procedure pairs to cover.</summary>
    public long Total => (long)ReferenceProcedures * Municipalities;

    /// <summary>Pairs the municipalities' catalogs say nothing about.</summary>
    public long Missing => Total - Mapped - NotOffered;

    /// <summary>Share of <see cref="Total"/> in <paramref name="count"/>, 0 when there is nothing to cover.</summary>
    public double Share(long count) => Total == 0 ? 0 : Math.Round((double)count / Total, 4);
}

/// <summary>One municipality's place in the coverage ranking: its counts, computed in the same statement as the order.</summary>
public sealed class MunicipalityCoverageRow
{
    /// <summary>The municipality (read whole: the ranking shows its name, province and community).</summary>
    public Municipality Municipality { get; init; } = null!;

    /// <summary>The municipality's INE code: the ranking's tie-breaker.</summary>
    public string IneCode { get; init; } = string.Empty;

    /// <summary>Current reference procedures an active, offered city procedure is mapped to.</summary>
    public int Mapped { get; init; }

    /// <summary>Minus <see cref="Mapped"/>: ascending on it is best first, with ties still in INE code order.</summary>
    public int LessMapped { get; init; }

    /// <summary>Current reference procedures the city maps at all (offered or declared not offered).</summary>
    public int Declared { get; init; }

    /// <summary>The current reference procedures every municipality is measured against.</summary>
    public int ReferenceProcedures { get; init; }

    /// <summary>The row's counts as a municipality's coverage.</summary>
    public CoverageCounts Counts => new(ReferenceProcedures, Mapped, Declared - Mapped, ReferenceProcedures - Declared);
}

/// <summary>
/// The national view of coverage: per reference procedure, per autonomous community and per province, computed by
/// GROUP BY statements over the city catalogs (each a single pass over the mappings, whatever the number of
/// municipalities), and the ranking of municipalities as a query to page.
/// </summary>
public sealed class NationalCoverage(CatalogDbContext db, int referenceProcedures)
{
    /// <summary>The current (not retired) reference procedures: what each municipality is measured against.</summary>
    public int ReferenceProcedures { get; } = referenceProcedures;

    /// <summary>Opens the national view: counts the current reference procedures.</summary>
    public static async Task<NationalCoverage> OpenAsync(CatalogDbContext db, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new NationalCoverage(db, await db.ReferenceProcedures.CountAsync(p => !p.IsRetired, cancellation));
    }

    /// <summary>Per current reference procedure (in code order), how many municipalities implement it or declare it not offered.</summary>
    public async Task<IReadOnlyList<ReferenceProcedureCoverage>> PerProcedureAsync(string? processCode, CancellationToken cancellation)
    {
        var municipalities = await db.Municipalities.CountAsync(cancellation);
        var references = db.ReferenceProcedures.AsNoTracking().Include(p => p.Process).Where(p => !p.IsRetired);
        if (processCode is not null)
        {
            references = references.Where(p => p.Process!.Code == processCode);
        }

        var procedures = await references.OrderBy(p => p.Code).ToListAsync(cancellation);
        var counts = await Mappings()
            .GroupBy(p => p.ReferenceProcedureId)
            .Select(g => new
            {
                ReferenceId = g.Key!.Value,
                Implementing = g.Where(p => p.IsOffered).Select(p => p.MunicipalityIneCode).Distinct().Count(),
                Declaring = g.Select(p => p.MunicipalityIneCode).Distinct().Count(),
            })
            .ToDictionaryAsync(c => c.ReferenceId, cancellation);
        return procedures.Select(p => counts.TryGetValue(p.Id, out var c)
                ? new ReferenceProcedureCoverage(p, municipalities, c.Implementing, c.Declaring - c.Implementing)
                : new ReferenceProcedureCoverage(p, municipalities, 0, 0))
            .ToList();
    }

    /// <summary>The coverage per autonomous community, in INE code order.</summary>
    public async Task<IReadOnlyList<AreaCoverage>> PerRegionAsync(CancellationToken cancellation)
    {
        var rows = await Areas()
            .GroupBy(r => new { r.RegionCode, r.RegionName })
            .Select(g => new
            {
                g.Key.RegionCode,
                g.Key.RegionName,
                Municipalities = g.Count(),
                Implementing = g.Count(r => r.Mapped > 0),
                Mapped = g.Sum(r => (long)r.Mapped),
                Declared = g.Sum(r => (long)r.Declared),
            })
            .OrderBy(r => r.RegionCode)
            .ToListAsync(cancellation);
        return rows.Select(r => new AreaCoverage(r.RegionCode, r.RegionName, null, null, ReferenceProcedures, r.Municipalities, r.Implementing, r.Mapped, r.Declared - r.Mapped)).ToList();
    }

    /// <summary>The coverage per province (of one autonomous community when <paramref name="regionCode"/> is given), in INE code order.</summary>
    public async Task<IReadOnlyList<AreaCoverage>> PerProvinceAsync(string? regionCode, CancellationToken cancellation)
    {
        var counts = Areas();
        if (regionCode is not null)
        {
            counts = counts.Where(r => r.RegionCode == regionCode);
        }

        var rows = await counts
            .GroupBy(r => new { r.ProvinceCode, r.ProvinceName, r.RegionCode, r.RegionName })
            .Select(g => new
            {
                g.Key.ProvinceCode,
                g.Key.ProvinceName,
                g.Key.RegionCode,
                g.Key.RegionName,
                Municipalities = g.Count(),
                Implementing = g.Count(r => r.Mapped > 0),
                Mapped = g.Sum(r => (long)r.Mapped),
                Declared = g.Sum(r => (long)r.Declared),
            })
            .OrderBy(r => r.ProvinceCode)
            .ToListAsync(cancellation);
        return rows.Select(r => new AreaCoverage(r.ProvinceCode, r.ProvinceName, r.RegionCode, r.RegionName, ReferenceProcedures, r.Municipalities, r.Implementing, r.Mapped, r.Declared - r.Mapped)).ToList();
    }

    /// <summary>
    /// Every municipality (of the community or province given) with its counts, as a query: the ranking pages it in
    /// the database, so only one page of municipalities is ever read.
    /// </summary>
    public IQueryable<MunicipalityCoverageRow> Ranking(string? regionCode, string? provinceCode)
    {
        var municipalities = db.Municipalities.AsNoTracking();
        if (regionCode is not null)
        {
            municipalities = municipalities.Where(m => m.RegionCode == regionCode);
        }

        if (provinceCode is not null)
        {
            municipalities = municipalities.Where(m => m.ProvinceCode == provinceCode);
        }

        return WithCounts(municipalities);
    }

    /// <summary>Active city procedures mapped to a current reference procedure: offered ones and declarations of not offering.</summary>
    private IQueryable<CityProcedure> Mappings()
        => db.CityProcedures.Where(p => p.Status == CityProcedureStatus.Active && p.ReferenceProcedureId != null && !p.ReferenceProcedure!.IsRetired);

    /// <summary>
    /// Per municipality with mappings, its counts of distinct current reference procedures mapped (offered) and
    /// declared (offered or not): two procedures mapped to one reference count it once, and a municipality that both
    /// offers and declines a reference counts as offering it.
    /// </summary>
    private IQueryable<MappingCounts> PerMunicipality()
        => Mappings()
            .GroupBy(p => p.MunicipalityIneCode)
            .Select(g => new MappingCounts
            {
                IneCode = g.Key,
                Mapped = g.Where(p => p.IsOffered).Select(p => p.ReferenceProcedureId).Distinct().Count(),
                Declared = g.Select(p => p.ReferenceProcedureId).Distinct().Count(),
            });

    /// <summary>Every municipality's area codes and counts (0 without mappings), in scalar columns a GROUP BY can sum.</summary>
    private IQueryable<AreaRow> Areas()
        => from m in db.Municipalities
           join c in PerMunicipality() on m.IneCode equals c.IneCode into matched
           from c in matched.DefaultIfEmpty()
           select new AreaRow
           {
               ProvinceCode = m.ProvinceCode,
               ProvinceName = m.ProvinceName,
               RegionCode = m.RegionCode,
               RegionName = m.RegionName,
               Mapped = (int?)c!.Mapped ?? 0,
               Declared = (int?)c!.Declared ?? 0,
           };

    /// <summary>Every municipality with its counts (0 without mappings), the municipality read whole.</summary>
    private IQueryable<MunicipalityCoverageRow> WithCounts(IQueryable<Municipality> municipalities)
    {
        var total = ReferenceProcedures;
        return from m in municipalities
               join c in PerMunicipality() on m.IneCode equals c.IneCode into matched
               from c in matched.DefaultIfEmpty()
               select new MunicipalityCoverageRow
               {
                   Municipality = m,
                   IneCode = m.IneCode,
                   Mapped = (int?)c!.Mapped ?? 0,
                   LessMapped = -((int?)c!.Mapped ?? 0),
                   Declared = (int?)c!.Declared ?? 0,
                   ReferenceProcedures = total,
               };
    }

    private sealed class MappingCounts
    {
        public string IneCode { get; init; } = string.Empty;

        public int Mapped { get; init; }

        public int Declared { get; init; }
    }

    private sealed class AreaRow
    {
        public string ProvinceCode { get; init; } = string.Empty;

        public string ProvinceName { get; init; } = string.Empty;

        public string RegionCode { get; init; } = string.Empty;

        public string RegionName { get; init; } = string.Empty;

        public int Mapped { get; init; }

        public int Declared { get; init; }
    }
}
