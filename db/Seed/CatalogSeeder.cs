using Catalog.Domain;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Codes;
using Catalog.Domain.Municipalities;
using Catalog.Domain.ReferenceCatalog;
using Microsoft.EntityFrameworkCore;
using nietras.SeparatedValues;

namespace Catalog.Db.Seed;

/// <summary>What one seeding pass added (all zero when the database already held everything).</summary>
public sealed record SeedReport(int Municipalities, int ReferenceProcesses, int ReferenceProcedures, int DemoProcedures)
{
    public bool AddedAnything => Municipalities + ReferenceProcesses + ReferenceProcedures + DemoProcedures > 0;
}

/// <summary>
/// Loads the shipped seed data: every Spanish municipality, the starter reference catalog and, when asked, the demo
/// city catalogs. Only what is missing is added, so seeding twice changes nothing and curated changes are kept.
/// </summary>
public sealed class CatalogSeeder(CatalogDbContext db, TimeProvider clock)
{
    /// <summary>The author recorded on seeded reference versions.</summary>
    public const string SeedAuthor = "seed";

    public async Task<SeedReport> SeedAsync(bool includeDemo, CancellationToken cancellationToken = default)
    {
        var municipalities = await SeedMunicipalitiesAsync(cancellationToken);
        var (processes, procedures) = await SeedReferenceCatalogAsync(cancellationToken);
        var demo = includeDemo ? await SeedDemoCatalogsAsync(cancellationToken) : 0;
        return new SeedReport(municipalities, processes, procedures, demo);
    }

    /// <summary>
    /// Reads the INE municipality list shipped in <c>db/Seed/Data/municipios-ine.csv</c>: comma-separated, with
    /// names that hold a comma quoted (<c>"Coruña, A"</c>), as CSV quotes them.
    /// </summary>
    public static IEnumerable<Municipality> ReadMunicipalities()
    {
        using var stream = SeedFiles.Open("municipios-ine.csv");
        return ReadMunicipalities(stream).ToList();
    }

    /// <summary>Reads a municipality list in the shape of <c>municipios-ine.csv</c>.</summary>
    public static IEnumerable<Municipality> ReadMunicipalities(Stream stream)
    {
        using var reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true }).From(stream);
        foreach (var row in reader)
        {
            var ine = row["ine_code"].ToString();
            var code = IneCode.Parse(ine + row["check_digit"].ToString());
            var municipality = new Municipality(code, row["name"].ToString(), row["province_code"].ToString(), row["province"].ToString(),
                row["ccaa_code"].ToString(), row["ccaa"].ToString());
            var published = row["town_council_dir3"].ToString();
            if (published != municipality.CouncilDir3Code)
            {
                throw new InvalidOperationException($"Municipality {ine}: the list gives council code {published}, the INE code gives {municipality.CouncilDir3Code}.");
            }

            yield return municipality;
        }
    }

    private async Task<int> SeedMunicipalitiesAsync(CancellationToken cancellationToken)
    {
        var existing = (await db.Municipalities.Select(m => m.IneCode).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var missing = ReadMunicipalities().Where(m => !existing.Contains(m.IneCode)).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        db.Municipalities.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return missing.Count;
    }

    private async Task<(int Processes, int Procedures)> SeedReferenceCatalogAsync(CancellationToken cancellationToken)
    {
        var file = SeedFiles.Read<ReferenceCatalogFile>("reference-catalog.json");
        var processes = await db.ReferenceProcesses.ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        var procedureCodes = (await db.ReferenceProcedures.Select(p => p.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        int addedProcesses = 0, addedProcedures = 0;
        var order = 0;
        foreach (var processSeed in file.Processes)
        {
            order += 10;
            if (!processes.TryGetValue(processSeed.Code, out var process))
            {
                process = new ReferenceProcess(processSeed.Code, processSeed.Name, processSeed.Description, order);
                db.ReferenceProcesses.Add(process);
                processes[process.Code] = process;
                addedProcesses++;
            }

            foreach (var seed in processSeed.Procedures.Where(p => !procedureCodes.Contains(p.Code)))
            {
                var procedure = new ReferenceProcedure(seed.Code, process, seed.Name, seed.Description, seed.ToAttributes(), SeedAuthor, now);
                if (seed.ExampleSiaCode is not null)
                {
                    procedure.SetExampleSiaCode(SiaCode.Parse(seed.ExampleSiaCode));
                }

                db.ReferenceProcedures.Add(procedure);
                procedureCodes.Add(seed.Code);
                addedProcedures++;
            }
        }

        if (addedProcesses + addedProcedures > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return (addedProcesses, addedProcedures);
    }

    /// <summary>Demo catalogs are added per municipality, only where that municipality has no demo entries yet.</summary>
    private async Task<int> SeedDemoCatalogsAsync(CancellationToken cancellationToken)
    {
        var file = SeedFiles.Read<DemoCatalogFile>("demo-catalog.json");
        var seeded = (await db.CityProcedures.Where(p => p.IsDemo).Select(p => p.MunicipalityIneCode).Distinct().ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var references = await db.ReferenceProcedures.ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var city in file.Municipalities.Where(c => !seeded.Contains(c.IneCode)))
        {
            var municipality = IneCode.Parse(city.IneCode);
            foreach (var seed in city.Procedures)
            {
                var procedure = BuildDemoProcedure(municipality, seed, references, now);
                procedure.MarkAsDemo();
                db.CityProcedures.Add(procedure);
                added++;
            }
        }

        if (added > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return added;
    }

    private static CityProcedure BuildDemoProcedure(IneCode municipality, DemoProcedureSeed seed, Dictionary<string, ReferenceProcedure> references, DateTimeOffset now)
    {
        ReferenceProcedure? reference = null;
        if (seed.ReferenceCode is not null && !references.TryGetValue(seed.ReferenceCode, out reference))
        {
            throw new DomainRuleException($"Demo procedure '{seed.LocalName}' of {municipality} maps to unknown reference code {seed.ReferenceCode}.");
        }

        CityProcedure procedure;
        if (!seed.Offered)
        {
            procedure = CityProcedure.NotOffered(municipality, reference
                ?? throw new DomainRuleException($"Demo procedure '{seed.LocalName}' is not offered but names no reference procedure."), seed.NotOfferedReason, now);
        }
        else
        {
            procedure = new CityProcedure(municipality, seed.LocalName, seed.ToAttributes(), now);
            procedure.Describe(seed.LocalName, seed.Description, seed.ToAttributes(), now);
            procedure.AssignSiaCode(seed.SiaCode is null ? null : SiaCode.Parse(seed.SiaCode), now);
            procedure.AssignResponsibleUnit(seed.ResponsibleUnit is null ? null : Dir3Code.Parse(seed.ResponsibleUnit), now);
            if (reference is not null)
            {
                procedure.MapTo(reference, now);
            }
        }

        procedure.SetLocalId(seed.LocalId);
        return procedure;
    }
}
