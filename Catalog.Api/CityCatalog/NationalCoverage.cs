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

/// <summary>One municipality's place in the coverage ranking: its counts of the current reference catalog.</summary>
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
/// The national view of coverage at one moment: per reference procedure, per autonomous community, per province and
/// every municipality's counts, held in memory (see <see cref="NationalCoverageSnapshot"/>). Two GROUP BY statements
/// over the city catalogs compute it (per municipality and per reference procedure, each a single pass over the
/// mappings); the areas, the lists and the ranking are then sums and sorts of 8,131 rows, which take microseconds,
/// where running the aggregates per request took seconds on national data.
/// </summary>
public sealed class NationalCoverage
{
    private readonly IReadOnlyList<ReferenceProcedureCoverage> _procedures;
    private readonly IReadOnlyList<AreaCoverage> _regions;
    private readonly IReadOnlyList<AreaCoverage> _provinces;
    private readonly IReadOnlyList<MunicipalityCoverageRow> _bestFirst;
    private readonly IReadOnlyList<MunicipalityCoverageRow> _worstFirst;

    private NationalCoverage(int referenceProcedures, IReadOnlyList<ReferenceProcedureCoverage> procedures, IReadOnlyList<MunicipalityCoverageRow> rows, long generation, DateTimeOffset takenAt)
    {
        ReferenceProcedures = referenceProcedures;
        Generation = generation;
        TakenAt = takenAt;
        _procedures = procedures;
        // The same orders the ranking's keyset cursors describe: ties in INE code order (ordinal, as the databases sort codes).
        _bestFirst = [.. rows.OrderBy(r => r.LessMapped).ThenBy(r => r.IneCode, StringComparer.Ordinal)];
        _worstFirst = [.. rows.OrderBy(r => r.Mapped).ThenBy(r => r.IneCode, StringComparer.Ordinal)];
        _regions = [.. rows.GroupBy(r => (r.Municipality.RegionCode, r.Municipality.RegionName))
            .Select(g => Sum(g.Key.RegionCode, g.Key.RegionName, null, null, g))
            .OrderBy(a => a.Code, StringComparer.Ordinal)];
        _provinces = [.. rows.GroupBy(r => (r.Municipality.ProvinceCode, r.Municipality.ProvinceName, r.Municipality.RegionCode, r.Municipality.RegionName))
            .Select(g => Sum(g.Key.ProvinceCode, g.Key.ProvinceName, g.Key.RegionCode, g.Key.RegionName, g))
            .OrderBy(a => a.Code, StringComparer.Ordinal)];
    }

    /// <summary>The current (not retired) reference procedures: what each municipality is measured against.</summary>
    public int ReferenceProcedures { get; }

    /// <summary>The count of in-process writes (see <see cref="NationalCoverageSnapshot"/>) this view was computed after.</summary>
    internal long Generation { get; }

    /// <summary>When its statements started: it shows the catalogs as they were then.</summary>
    public DateTimeOffset TakenAt { get; }

    /// <summary>Computes the view from the database: the current reference procedures, the municipalities and two aggregates.</summary>
    public static async Task<NationalCoverage> ComputeAsync(CatalogDbContext db, long generation, DateTimeOffset takenAt, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(db);
        var references = await db.ReferenceProcedures.AsNoTracking().Include(p => p.Process).Where(p => !p.IsRetired).OrderBy(p => p.Code).ToListAsync(cancellation);
        var municipalities = await db.Municipalities.AsNoTracking().ToListAsync(cancellation);
        var perMunicipality = await Mappings(db)
            .GroupBy(p => p.MunicipalityIneCode)
            .Select(g => new
            {
                IneCode = g.Key,
                Mapped = g.Where(p => p.IsOffered).Select(p => p.ReferenceProcedureId).Distinct().Count(),
                Declared = g.Select(p => p.ReferenceProcedureId).Distinct().Count(),
            })
            .ToDictionaryAsync(c => c.IneCode, StringComparer.Ordinal, cancellation);
        var perReference = await Mappings(db)
            .GroupBy(p => p.ReferenceProcedureId)
            .Select(g => new
            {
                ReferenceId = g.Key!.Value,
                Implementing = g.Where(p => p.IsOffered).Select(p => p.MunicipalityIneCode).Distinct().Count(),
                Declaring = g.Select(p => p.MunicipalityIneCode).Distinct().Count(),
            })
            .ToDictionaryAsync(c => c.ReferenceId, cancellation);

        var total = references.Count;
        var procedures = references.Select(p => perReference.TryGetValue(p.Id, out var c)
                ? new ReferenceProcedureCoverage(p, municipalities.Count, c.Implementing, c.Declaring - c.Implementing)
                : new ReferenceProcedureCoverage(p, municipalities.Count, 0, 0))
            .ToList();
        var rows = municipalities.Select(m =>
        {
            var (mapped, declared) = perMunicipality.TryGetValue(m.IneCode, out var c) ? (c.Mapped, c.Declared) : (0, 0);
            return new MunicipalityCoverageRow { Municipality = m, IneCode = m.IneCode, Mapped = mapped, LessMapped = -mapped, Declared = declared, ReferenceProcedures = total };
        }).ToList();
        return new NationalCoverage(total, procedures, rows, generation, takenAt);
    }

    /// <summary>Per current reference procedure (in code order), how many municipalities implement it or declare it not offered.</summary>
    public IReadOnlyList<ReferenceProcedureCoverage> PerProcedure(string? processCode)
        => processCode is null ? _procedures : [.. _procedures.Where(p => p.Procedure.Process?.Code == processCode)];

    /// <summary>The coverage per autonomous community, in INE code order.</summary>
    public IReadOnlyList<AreaCoverage> PerRegion() => _regions;

    /// <summary>The coverage per province (of one autonomous community when <paramref name="regionCode"/> is given), in INE code order.</summary>
    public IReadOnlyList<AreaCoverage> PerProvince(string? regionCode)
        => regionCode is null ? _provinces : [.. _provinces.Where(p => p.RegionCode == regionCode)];

    /// <summary>Every municipality (of the community or province given) with its counts, in the ranking's order.</summary>
    public IReadOnlyList<MunicipalityCoverageRow> Ranking(string? regionCode, string? provinceCode, CoverageRankingOrder order)
    {
        var rows = order == CoverageRankingOrder.WorstFirst ? _worstFirst : _bestFirst;
        return regionCode is null && provinceCode is null
            ? rows
            : [.. rows.Where(r => (regionCode is null || r.Municipality.RegionCode == regionCode) && (provinceCode is null || r.Municipality.ProvinceCode == provinceCode))];
    }

    /// <summary>Active city procedures mapped to a current reference procedure: offered ones and declarations of not offering.</summary>
    private static IQueryable<CityProcedure> Mappings(CatalogDbContext db)
        => db.CityProcedures.Where(p => p.Status == CityProcedureStatus.Active && p.ReferenceProcedureId != null && !p.ReferenceProcedure!.IsRetired);

    /// <summary>
    /// An area's coverage: its municipalities' counts of distinct current reference procedures mapped and declared
    /// summed (two procedures mapped to one reference count it once; offering and declining one counts as offering).
    /// </summary>
    private AreaCoverage Sum(string code, string name, string? regionCode, string? regionName, IEnumerable<MunicipalityCoverageRow> rows)
    {
        int municipalities = 0, implementing = 0;
        long mapped = 0, declared = 0;
        foreach (var row in rows)
        {
            municipalities++;
            implementing += row.Mapped > 0 ? 1 : 0;
            mapped += row.Mapped;
            declared += row.Declared;
        }

        return new AreaCoverage(code, name, regionCode, regionName, ReferenceProcedures, municipalities, implementing, mapped, declared - mapped);
    }
}
