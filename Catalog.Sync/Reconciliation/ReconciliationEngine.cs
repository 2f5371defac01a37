using Catalog.Db;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Reconciliation;
using Catalog.Domain.ReferenceCatalog;
using Catalog.Domain.Registries;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Sync.Reconciliation;

/// <summary>Which municipalities a reconciliation covers: all of them, or a given set (INE codes).</summary>
public sealed record ReconciliationScope(IReadOnlySet<string>? Municipalities)
{
    public static readonly ReconciliationScope All = new((IReadOnlySet<string>?)null);

    public bool IsAll => Municipalities is null;

    public static ReconciliationScope Only(IEnumerable<string> ineCodes) => new(ineCodes.ToHashSet(StringComparer.Ordinal));
}

/// <summary>What a reconciliation did: municipalities covered, discrepancies opened/closed/updated, rows written.</summary>
public sealed record ReconciliationResult(int Municipalities, int Opened, int Closed, int Updated, int RowsWritten);

/// <summary>
/// Runs the rules over the city catalogs in scope and applies the discrepancy lifecycle, on the caller's context and
/// inside the caller's transaction (the pipeline decides whether it commits). The DIR3 mirror is held in memory;
/// catalogs and their discrepancies are read and written a batch of municipalities at a time, so memory stays flat
/// whatever the number of municipalities.
/// </summary>
public sealed class ReconciliationEngine(TimeProvider clock)
{
    /// <summary>Municipalities per batch: enough to keep round trips few, few enough to keep the tracker small.</summary>
    public int BatchSize { get; init; } = 400;

    /// <summary>Beyond this many municipalities the whole SIA mirror is read once instead of looked up piecemeal.</summary>
    public int ReadAllSiaAbove { get; init; } = 200;

    public async Task<ReconciliationResult> ReconcileAsync(CatalogDbContext db, ReconciliationScope scope, long runId,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var at = clock.GetUtcNow();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan reading = TimeSpan.Zero, checking = TimeSpan.Zero, writing = TimeSpan.Zero;
        var units = await LoadUnitsAsync(db, cancellationToken);
        var references = await db.ReferenceProcedures.AsNoTracking().Include(r => r.Versions)
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var municipalityQuery = db.Municipalities.AsNoTracking();
        var municipalities = (await municipalityQuery.Select(m => new { m.IneCode, m.CouncilDir3Code }).ToListAsync(cancellationToken))
            .Where(m => scope.IsAll || scope.Municipalities!.Contains(m.IneCode))
            .OrderBy(m => m.IneCode, StringComparer.Ordinal)
            .ToList();
        var ineByCouncil = municipalities.ToDictionary(m => m.CouncilDir3Code, m => m.IneCode, StringComparer.Ordinal);
        progress?.Report($"Reconciling {municipalities.Count} municipalities against {units.Count} units…");

        var sia = municipalities.Count > ReadAllSiaAbove
            ? await LoadAllSiaAsync(db, cancellationToken)
            : await LoadSiaForAsync(db, municipalities.Select(m => m.IneCode).ToList(), ineByCouncil.Keys, units, cancellationToken);
        var owned = new Dictionary<string, List<SiaEntry>>(StringComparer.Ordinal);
        foreach (var entry in sia.Values)
        {
            var council = units.CouncilOf(entry.ResponsibleN1) ?? units.CouncilOf(entry.ResponsibleUnitCode ?? entry.ResponsibleN2);
            if (council is not null && ineByCouncil.TryGetValue(council, out var ine))
            {
                if (!owned.TryGetValue(ine, out var list))
                {
                    owned[ine] = list = [];
                }

                list.Add(entry);
            }
        }

        var context = new ReconciliationContext(units, code => sia.GetValueOrDefault(code), references);
        reading += watch.Elapsed;
        var totals = new LifecycleCounts();
        var written = 0;
        foreach (var batch in municipalities.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            watch.Restart();
            var codes = batch.Select(m => m.IneCode).ToList();
            var procedures = (await db.CityProcedures.AsNoTracking().Where(p => codes.Contains(p.MunicipalityIneCode)).ToListAsync(cancellationToken))
                .ToLookup(p => p.MunicipalityIneCode, StringComparer.Ordinal);
            var stored = (await db.Discrepancies.Where(d => codes.Contains(d.MunicipalityIneCode)).ToListAsync(cancellationToken))
                .ToLookup(d => d.MunicipalityIneCode, StringComparer.Ordinal);
            reading += watch.Elapsed;
            watch.Restart();
            foreach (var municipality in batch)
            {
                var catalog = new MunicipalityCatalog(municipality.IneCode, municipality.CouncilDir3Code,
                    procedures[municipality.IneCode].ToList(), owned.GetValueOrDefault(municipality.IneCode) ?? (IReadOnlyList<SiaEntry>)[]);
                var findings = ReconciliationRules.Check(catalog, context);
                totals = totals.Plus(DiscrepancyLifecycle.Apply(municipality.IneCode, stored[municipality.IneCode].ToList(), findings,
                    d => db.Discrepancies.Add(d), runId, at));
            }

            checking += watch.Elapsed;
            watch.Restart();
            written += await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            writing += watch.Elapsed;
        }

        progress?.Report($"Reconciled {municipalities.Count} municipalities: {totals.Opened} discrepancies opened, {totals.Closed} closed, {totals.Updated} updated "
            + $"(reading {reading.TotalSeconds:F1} s, rules {checking.TotalSeconds:F1} s, writing {writing.TotalSeconds:F1} s).");
        return new ReconciliationResult(municipalities.Count, totals.Opened, totals.Closed, totals.Updated, written);
    }

    /// <summary>Reads the DIR3 mirror as the rules need it: every unit, small, and the history of successions.</summary>
    public static async Task<UnitDirectory> LoadUnitsAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var units = await db.Units.AsNoTracking()
            .Select(u => new UnitFacts(u.Code, u.Name, u.ParentCode, u.PrincipalCode, u.Status, u.IsGone))
            .ToListAsync(cancellationToken);
        var successions = await db.UnitSuccessions.AsNoTracking()
            .Select(s => new { s.PredecessorCode, s.SuccessorCode })
            .ToListAsync(cancellationToken);
        return new UnitDirectory(units, successions.Select(s => (s.PredecessorCode, s.SuccessorCode)));
    }

    /// <summary>
    /// The fields of a SIA entry the rules read. A national run holds every entry at once, so descriptions, subjects,
    /// recipients and legal basis, which no rule compares, are left in the database.
    /// </summary>
    private static readonly System.Linq.Expressions.Expression<Func<SiaEntry, SiaEntry>> RuleFields = e => new SiaEntry(e.Code, e.Name)
    {
        ResponsibleN1 = e.ResponsibleN1,
        ResponsibleN2 = e.ResponsibleN2,
        ResponsibleUnitCode = e.ResponsibleUnitCode,
        Initiations = e.Initiations,
        SilenceEffect = e.SilenceEffect,
        ResolutionTermAmount = e.ResolutionTermAmount,
        ResolutionTermUnit = e.ResolutionTermUnit,
        EndsAdministrativeRoute = e.EndsAdministrativeRoute,
        ElectronicLevel = e.ElectronicLevel,
        Status = e.Status,
        IsWithdrawn = e.IsWithdrawn,
        IsGone = e.IsGone,
    };

    private static async Task<Dictionary<string, SiaEntry>> LoadAllSiaAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        var entries = new Dictionary<string, SiaEntry>(StringComparer.Ordinal);
        var shared = new SharedValues();
        await foreach (var entry in db.SiaEntries.AsNoTracking().Select(RuleFields).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            entries[entry.Code] = shared.Share(entry);
        }

        return entries;
    }

    /// <summary>
    /// SIA's code lists have a few dozen distinct values, but every entry read from JSON carries its own copies; at
    /// 300,000 entries those copies are most of the memory a national run holds. Entries share one instance of each.
    /// </summary>
    private sealed class SharedValues
    {
        private readonly Dictionary<CodedValue, CodedValue> _values = [];
        private readonly Dictionary<string, IReadOnlyList<CodedValue>> _lists = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);

        public SiaEntry Share(SiaEntry entry)
        {
            entry.SilenceEffect = Value(entry.SilenceEffect);
            entry.ResolutionTermUnit = Value(entry.ResolutionTermUnit);
            entry.ElectronicLevel = Value(entry.ElectronicLevel);
            entry.Status = Value(entry.Status);
            entry.Initiations = List(entry.Initiations);
            entry.ResponsibleN1 = Code(entry.ResponsibleN1);
            entry.ResponsibleN2 = Code(entry.ResponsibleN2);
            entry.ResponsibleUnitCode = Code(entry.ResponsibleUnitCode);
            return entry;
        }

        private CodedValue? Value(CodedValue? value) => value is null ? null : Pooled(_values, value);

        private IReadOnlyList<CodedValue> List(IReadOnlyList<CodedValue> list)
        {
            if (list.Count == 0)
            {
                return [];
            }

            var key = string.Join('\u001f', list.Select(v => $"{v.Code}\u001e{v.Description}"));
            if (!_lists.TryGetValue(key, out var shared))
            {
                _lists[key] = shared = list.Select(v => Value(v)!).ToArray();
            }

            return shared;
        }

        private string? Code(string? code) => code is null ? null : Pooled(_codes, code);

        private static T Pooled<T>(Dictionary<T, T> pool, T value) where T : notnull
        {
            if (!pool.TryGetValue(value, out var shared))
            {
                pool[value] = shared = value;
            }

            return shared;
        }
    }

    /// <summary>
    /// For a few municipalities: the SIA entries their procedures reference, and those whose responsible organism is
    /// one of their councils or a unit under them. Looked up in chunks to stay within every provider's parameter limit.
    /// </summary>
    private static async Task<Dictionary<string, SiaEntry>> LoadSiaForAsync(CatalogDbContext db, List<string> ineCodes, IEnumerable<string> councils,
        UnitDirectory units, CancellationToken cancellationToken)
    {
        var entries = new Dictionary<string, SiaEntry>(StringComparer.Ordinal);
        var councilSet = councils.ToHashSet(StringComparer.Ordinal);
        if (ineCodes.Count == 0)
        {
            return entries;
        }

        var referenced = await db.CityProcedures.AsNoTracking()
            .Where(p => ineCodes.Contains(p.MunicipalityIneCode) && p.SiaCode != null)
            .Select(p => p.SiaCode!).Distinct().ToListAsync(cancellationToken);
        foreach (var chunk in referenced.Chunk(500))
        {
            foreach (var entry in await db.SiaEntries.AsNoTracking().Where(e => chunk.Contains(e.Code)).Select(RuleFields).ToListAsync(cancellationToken))
            {
                entries[entry.Code] = entry;
            }
        }

        var organisms = councilSet.ToList();
        organisms.AddRange(units.CodesWithin(councilSet));
        foreach (var chunk in organisms.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var list = await db.SiaEntries.AsNoTracking()
                .Where(e => chunk.Contains(e.ResponsibleN1!) || chunk.Contains(e.ResponsibleUnitCode!))
                .Select(RuleFields).ToListAsync(cancellationToken);
            foreach (var entry in list)
            {
                entries[entry.Code] = entry;
            }
        }

        return entries;
    }
}
