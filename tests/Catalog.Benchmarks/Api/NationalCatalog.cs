using System.Diagnostics;
using Catalog.Db;
using Catalog.Db.Search;
using Catalog.Db.Seed;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Codes;
using Catalog.Domain.Municipalities;
using Catalog.Domain.Procedures;
using Catalog.Domain.ReferenceCatalog;
using Catalog.Domain.Registries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging.Abstractions;

namespace Catalog.Benchmarks.Api;

/// <summary>
/// National-size demo data for the API benchmark: every municipality (8,131), a council and an area unit for each in
/// the DIR3 mirror, a reference catalog of 12 processes × 10 procedures, and city procedures spread evenly over the
/// municipalities, each with a SIA entry. The bulk is written with INSERT … SELECT from a few template rows, so
/// generating half a million procedures takes seconds, not minutes.
/// </summary>
internal static class NationalCatalog
{
    public const int Processes = 12;
    public const int ProceduresPerProcess = 10;
    public const int TemplatesPerMunicipality = 62;

    /// <summary>The area unit of a municipality: <c>LA00</c> + INE code, under its council.</summary>
    public static string AreaCode(string ineCode) => "LA00" + ineCode;

    public static async Task GenerateAsync(CatalogDbContextFactory factory, int cityProcedures)
    {
        var clock = Stopwatch.StartNew();
        await CatalogDatabaseInitializer.InitializeAsync(factory, migrate: true, seed: false, includeDemo: false, TimeProvider.System, NullLogger.Instance);
        await using var db = factory.CreateDbContext();
        if (await db.CityProcedures.AnyAsync())
        {
            Console.WriteLine($"Reusing the data already in the database ({await db.CityProcedures.CountAsync():N0} city procedures).");
            return;
        }

        var at = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var municipalities = CatalogSeeder.ReadMunicipalities().ToList();
        db.Municipalities.AddRange(municipalities);
        foreach (var municipality in municipalities)
        {
            db.Units.Add(CouncilUnit(municipality, municipality.CouncilDir3Code, "Ayuntamiento de " + municipality.Name, hierarchyLevel: 1, entityType: "AY"));
            db.Units.Add(CouncilUnit(municipality, AreaCode(municipality.IneCode), "Área de Atención Ciudadana de " + municipality.Name, hierarchyLevel: 2, entityType: null));
        }

        OrganizationalUnit CouncilUnit(Municipality municipality, string code, string name, int hierarchyLevel, string? entityType) => new(code, name)
        {
            AdministrationLevel = 3,
            EntityType = entityType,
            HierarchyLevel = hierarchyLevel,
            ParentCode = municipality.CouncilDir3Code,
            PrincipalCode = municipality.CouncilDir3Code,
            ProvinceCode = municipality.ProvinceCode,
            SourceList = "EELL",
            FirstSeenAt = at,
            LastChangedAt = at,
        };

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        // Processes are saved first so that each procedure (and its first version) records its process's real id.
        var processes = Enumerable.Range(1, Processes).Select(p => new ReferenceProcess($"P{p:00}", $"Proceso de referencia {p}", null, p * 10)).ToList();
        db.ReferenceProcesses.AddRange(processes);
        await db.SaveChangesAsync();
        var references = new List<ReferenceProcedure>();
        foreach (var (process, p) in processes.Select((process, index) => (process, index + 1)))
        {
            for (var i = 1; i <= ProceduresPerProcess; i++)
            {
                references.Add(new ReferenceProcedure($"P{p:00}-{i:000}", process, $"Procedimiento de referencia {p}.{i}", null, Attributes(i), "benchmark", at));
            }
        }

        db.ReferenceProcedures.AddRange(references);
        await db.SaveChangesAsync();

        // Templates: the first municipality's catalog, one procedure per template, mapped round-robin to references.
        var first = municipalities[0];
        for (var t = 0; t < TemplatesPerMunicipality; t++)
        {
            var procedure = new CityProcedure(first.Code, $"Trámite municipal {t:00}", Attributes(t), at.AddMinutes(t));
            procedure.AssignSiaCode(SiaCode.Parse(SiaOf(t + 1, first.IneCode)), at);
            procedure.AssignResponsibleUnit(Dir3Code.Parse(AreaCode(first.IneCode)), at);
            procedure.MapTo(references[t % references.Count], at);
            db.CityProcedures.Add(procedure);
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        await CopyTemplatesAsync(db, first.IneCode, cityProcedures - TemplatesPerMunicipality);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "SiaEntries" ("Code", "Name", "ResponsibleN1", "ResponsibleUnitCode", "Kind", "Initiations", "Recipients", "Subjects", "LegalBasis",
                                      "IsWithdrawn", "IsGone", "FirstSeenAt", "LastChangedAt", "ContentHash")
            SELECT p."SiaCode", p."LocalName", m."CouncilDir3Code", p."ResponsibleUnitCode", 'P', '[]', '[]', '[]', '[]', FALSE, FALSE, p."CreatedAt", p."CreatedAt", 0
            FROM "CityProcedures" p JOIN "Municipalities" m ON m."IneCode" = p."MunicipalityIneCode"
            """);
        var searchClock = Stopwatch.StartNew();
        var searchable = await SearchIndex.BackfillAsync(db, NullLogger.Instance);
        Console.WriteLine($"Computed the searchable text of {searchable:N0} rows in {searchClock.Elapsed.TotalSeconds:N1} s.");
        // Fresh statistics, as a database that has been in use would have them.
        await db.Database.ExecuteSqlRawAsync("ANALYZE;");

        Console.WriteLine($"Generated {municipalities.Count:N0} municipalities, {municipalities.Count * 2:N0} units, {references.Count} reference procedures, "
            + $"{await db.CityProcedures.CountAsync():N0} city procedures and as many SIA entries in {clock.Elapsed.TotalSeconds:N1} s.");
    }

    /// <summary>The SIA code of template <paramref name="template"/> in a municipality: unique per row, seven digits.</summary>
    private static string SiaOf(int template, string ineCode) => (template * 100_000 + int.Parse(ineCode, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    // Copies every template row to every other municipality in one statement; the column list comes from the EF
    // model, so the copy follows the mapping on any provider.
    private static async Task CopyTemplatesAsync(CatalogDbContext db, string templateMunicipality, int rows)
    {
        var entity = db.Model.FindEntityType(typeof(CityProcedure))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => p.GetColumnName(table)!)
            .Concat(entity.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties()).Select(p => p.GetColumnName(table)!))
            .Distinct().ToList();
        var overrides = new Dictionary<string, string>
        {
            ["MunicipalityIneCode"] = "m.\"IneCode\"",
            ["LocalName"] = "t.\"LocalName\" || ' de ' || m.\"Name\"",
            ["SearchName"] = "t.\"SearchName\" || ' de ' || m.\"SearchName\"",
            ["SiaCode"] = "CAST(((t.\"Id\" - f.\"FirstId\" + 1) * 100000 + CAST(m.\"IneCode\" AS INTEGER)) AS TEXT)",
            ["ResponsibleUnitCode"] = "'LA00' || m.\"IneCode\"",
            ["LocalId"] = "NULL",
            // Computed from the copied row's own name and municipality by the search index's backfill (below).
            ["SearchText"] = "NULL",
        };
        var select = string.Join(", ", columns.Select(c => overrides.TryGetValue(c, out var expression) ? expression : $"t.\"{c}\""));
        var sql = $"""
            INSERT INTO "CityProcedures" ({string.Join(", ", columns.Select(c => $"\"{c}\""))})
            SELECT {select}
            FROM "CityProcedures" t
            CROSS JOIN (SELECT MIN("Id") AS "FirstId" FROM "CityProcedures") f
            CROSS JOIN "Municipalities" m
            WHERE t."MunicipalityIneCode" = '{templateMunicipality}' AND m."IneCode" <> '{templateMunicipality}'
            ORDER BY m."IneCode", t."Id"
            LIMIT {rows}
            """;
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    private static ProcedureAttributes Attributes(int seed) => new()
    {
        Initiation = (Initiation)(seed % 3),
        SilenceEffect = (SilenceEffect)(seed % 3),
        ResolutionTerm = new ResolutionTerm(1 + seed % 6, TermUnit.Months),
        EndsAdministrativeRoute = seed % 2 == 0,
        Recipients = Recipients.Citizens | Recipients.Companies,
        ElectronicLevel = (ElectronicLevel)(1 + seed % 4),
        Channels = Channels.InPerson | Channels.Online,
        Fees = seed % 4 == 0 ? "Tasa según ordenanza fiscal" : null,
        LegalBasis = [new LegalReference("Ley", "39/2015", "del Procedimiento Administrativo Común")],
    };
}
