using Catalog.Db;
using Catalog.Domain.Auditing;
using Catalog.Domain.Codes;
using Catalog.Domain.Procedures;
using Catalog.Domain.Reconciliation;
using Catalog.Domain.Registries;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Db.Tests;

/// <summary>The persistence behaviour every provider must show; run once per provider by the classes below.</summary>
public abstract class PersistenceSuite(TestDatabase database)
{
    protected TestDatabase Database { get; } = database;

    private async Task<string> AMunicipalityAsync()
    {
        await using var db = Database.CreateContext();
        if (!await db.Municipalities.AnyAsync(m => m.IneCode == Build.Alcobendas.Value))
        {
            db.Municipalities.Add(new Domain.Municipalities.Municipality(Build.Alcobendas, "Alcobendas", "28", "Madrid", "13", "Comunidad de Madrid"));
            await db.SaveChangesAsync();
        }

        return Build.Alcobendas.Value;
    }

    [SkippableFact]
    public async Task A_fresh_database_is_at_the_latest_migration_and_matches_the_model()
    {
        await using var db = Database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration captures: add a migration.");
    }

    [SkippableFact]
    public async Task A_reference_procedure_round_trips_with_its_attributes_and_versions()
    {
        var code = "RT-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await using (var db = Database.CreateContext())
        {
            var process = Build.Process(code, "Proceso " + code);
            var reference = Build.ReferenceProcedure(process, code + "-1");
            reference.Revise(reference.Name, "Revisada", Build.Attributes(SilenceEffect.Positive), process, "curator", Build.Now.AddDays(1), "nota");
            db.ReferenceProcedures.Add(reference);
            await db.SaveChangesAsync();
        }

        await using (var db = Database.CreateContext())
        {
            var loaded = await db.ReferenceProcedures.Include(p => p.Versions).Include(p => p.Process).SingleAsync(p => p.Code == code + "-1");
            Assert.Equal(2, loaded.CurrentVersion);
            Assert.Equal(Build.Attributes(SilenceEffect.Positive), loaded.Attributes);
            Assert.Equal(code, loaded.Process!.Code);
            Assert.Equal([1, 2], loaded.Versions.Select(v => v.Number).Order());
            var second = loaded.Versions.Single(v => v.Number == 2);
            Assert.Equal(["Description", "SilenceEffect"], second.ChangedFields);
            Assert.Equal(Build.Now.AddDays(1), second.CreatedAt);
            Assert.Equal(SilenceEffect.Positive, second.Attributes.SilenceEffect);
            Assert.Equal(Build.Attributes().LegalBasis, second.Attributes.LegalBasis);
        }
    }

    [SkippableFact]
    public async Task A_city_procedure_round_trips_with_its_mapping()
    {
        var municipality = await AMunicipalityAsync();
        // A SIA code names one active procedure of a catalog, and other tests may use this municipality too.
        var sia = "5" + Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        long id;
        await using (var db = Database.CreateContext())
        {
            var reference = Build.ReferenceProcedure(Build.Process("CP" + Random.Shared.Next(1000, 9999)), "CP-" + Random.Shared.Next(100000, 999999));
            var procedure = Build.CityProcedure(IneCode.Parse(municipality), "Licencia de obra mayor", sia, "L01280066");
            procedure.SetLocalId("ALC-" + Guid.NewGuid().ToString("N")[..6]);
            procedure.MapTo(reference, Build.Now);
            db.CityProcedures.Add(procedure);
            await db.SaveChangesAsync();
            id = procedure.Id;
        }

        await using (var db = Database.CreateContext())
        {
            var loaded = await db.CityProcedures.Include(p => p.ReferenceProcedure).SingleAsync(p => p.Id == id);
            Assert.Equal("Licencia de obra mayor", loaded.LocalName);
            Assert.Equal("licencia de obra mayor", loaded.SearchName);
            Assert.Equal(sia, loaded.SiaCode);
            Assert.Equal("L01280066", loaded.ResponsibleUnitCode);
            Assert.Equal(Build.Attributes(), loaded.Attributes);
            Assert.Equal(new ResolutionTerm(3, TermUnit.Months), loaded.Attributes.ResolutionTerm);
            Assert.Equal(Recipients.Citizens | Recipients.Companies, loaded.Attributes.Recipients);
            Assert.Equal(1, loaded.ConfirmedReferenceVersion);
            Assert.NotNull(loaded.ReferenceProcedure);
            Assert.True(loaded.IsOffered);
        }
    }

    [SkippableFact]
    public async Task Registry_mirror_rows_round_trip()
    {
        var unitCode = "LA" + Random.Shared.Next(1000000, 9999999);
        var siaCode = Random.Shared.Next(1000000, 9999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using (var db = Database.CreateContext())
        {
            db.Units.Add(new OrganizationalUnit(unitCode, "Área de Urbanismo, Vivienda y Medio Ambiente")
            {
                AdministrationLevel = 3, EntityType = "AY", HierarchyLevel = 2, ParentCode = "L01280066", PrincipalCode = "L01280066",
                Status = RegistryStatus.Current, OfficialDate = "01/02/15", Nif = "P2800600H", ProvinceCode = "28", SourceList = "EELL",
                FirstSeenAt = Build.Now, LastChangedAt = Build.Now, ContentHash = 42,
            });
            db.UnitSuccessions.Add(new UnitSuccession("LA0000001", unitCode) { Reason = "Fusión", Date = "01/01/20" });
            db.Offices.Add(new Office("O" + unitCode[2..] + "1"[..0], "Oficina de Asistencia en Materia de Registros") { ResponsibleUnitCode = unitCode, Status = RegistryStatus.Current });
            db.SiaEntries.Add(new SiaEntry(siaCode, "Licencia de obra mayor con una denominación larga y acentuada: ¿Cómo está?")
            {
                Kind = "P", ResponsibleN1 = "L01280066", ResponsibleUnitCode = unitCode,
                Typology = new CodedValue("4", "Externo específico"),
                Initiations = [new CodedValue("1", "A solicitud del interesado")],
                SilenceEffect = new CodedValue("2", "Desestimatorio"),
                ResolutionTermAmount = 3, ResolutionTermUnit = new CodedValue("M", "Meses"), EndsAdministrativeRoute = true,
                Subjects = [new CodedValue("17", "Urbanismo"), new CodedValue("9", "Vivienda")],
                LegalBasis = [new SiaLegalReference("Ley", "7/1985", "Reguladora de las Bases del Régimen Local")],
                Status = new CodedValue("A", "Alta"), LastUpdated = "2026-09-01",
            });
            await db.SaveChangesAsync();
        }

        await using (var db = Database.CreateContext())
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            Assert.Equal(("L01280066", "P2800600H", "01/02/15", RegistryStatus.Current), (unit.ParentCode, unit.Nif, unit.OfficialDate, unit.Status));
            Assert.Equal(unitCode, (await db.UnitSuccessions.SingleAsync(s => s.PredecessorCode == "LA0000001" && s.SuccessorCode == unitCode)).SuccessorCode);
            Assert.Equal(unitCode, (await db.Offices.SingleAsync(o => o.ResponsibleUnitCode == unitCode)).ResponsibleUnitCode);
            var entry = await db.SiaEntries.SingleAsync(e => e.Code == siaCode);
            Assert.EndsWith("¿Cómo está?", entry.Name, StringComparison.Ordinal);
            Assert.Equal(new CodedValue("2", "Desestimatorio"), entry.SilenceEffect);
            Assert.Equal([new CodedValue("17", "Urbanismo"), new CodedValue("9", "Vivienda")], entry.Subjects);
            Assert.Equal("Ley", Assert.Single(entry.LegalBasis).Rank);
        }
    }

    [SkippableFact]
    public async Task Sync_runs_discrepancies_and_audit_entries_round_trip()
    {
        var municipality = await AMunicipalityAsync();
        long runId;
        await using (var db = Database.CreateContext())
        {
            var run = new SyncRun(SyncTrigger.Manual, dryRun: false, full: true, "admin", null, Build.Now);
            run.RecordSources([new SyncSourceReport("dir3-eell", "Dir3", "file:///x.xlsx", "ab12", false, 26606, 2, null)]);
            run.RecordRegistryChanges(new ChangeCounts(10, 2, 1), ChangeCounts.None, new ChangeCounts(5, 0, 0));
            run.RecordReconciliation(4, 12, 3, 1);
            run.Succeed(Build.Now.AddMinutes(2));
            db.SyncRuns.Add(run);
            await db.SaveChangesAsync();
            runId = run.Id;
            db.Discrepancies.Add(new Discrepancy(DiscrepancyKind.UnitExtinguished, DiscrepancySeverity.Error, municipality, 1, "LA0000001" + runId,
                "La unidad está extinguida.", [new DiscrepancyFact("Status", "V", "E")], "LA0000002", runId, Build.Now));
            db.ChangeLog.Add(new ChangeLogEntry("editor@alcobendas", "editor", null, "CityProcedure", "1", "update",
                [new FieldChange("LocalName", "Antes", "Después")], municipality, Build.Now));
            await db.SaveChangesAsync();
        }

        await using (var db = Database.CreateContext())
        {
            var run = await db.SyncRuns.SingleAsync(r => r.Id == runId);
            Assert.Equal(SyncOutcome.Succeeded, run.Outcome);
            Assert.Equal(new ChangeCounts(10, 2, 1), run.Units);
            Assert.Equal(TimeSpan.FromMinutes(2), run.Duration);
            Assert.Equal("ab12", Assert.Single(run.Sources).ContentHash);
            var discrepancy = await db.Discrepancies.SingleAsync(d => d.OpenedByRunId == runId);
            Assert.Equal(DiscrepancyKind.UnitExtinguished, discrepancy.Kind);
            Assert.Equal("E", Assert.Single(discrepancy.Facts).Found);
            var audit = await db.ChangeLog.OrderBy(c => c.Id).LastAsync(c => c.EntityType == "CityProcedure");
            Assert.Equal("Después", Assert.Single(audit.Changes).After);
        }
    }

    [SkippableFact]
    public async Task Two_reference_procedures_cannot_share_a_code()
    {
        var code = "DUP-" + Random.Shared.Next(100000, 999999);
        await using var db = Database.CreateContext();
        var process = Build.Process("D" + Random.Shared.Next(100000, 999999));
        db.ReferenceProcedures.Add(Build.ReferenceProcedure(process, code));
        await db.SaveChangesAsync();

        await using var other = Database.CreateContext();
        other.ReferenceProcesses.Attach(process);
        other.ReferenceProcedures.Add(Build.ReferenceProcedure(process, code));
        await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
    }

    [SkippableFact]
    public async Task A_city_cannot_use_one_local_id_twice()
    {
        var municipality = IneCode.Parse(await AMunicipalityAsync());
        var localId = "L-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = Database.CreateContext();
        var first = Build.CityProcedure(municipality);
        first.SetLocalId(localId);
        var second = Build.CityProcedure(municipality, "Otro", siaCode: null); // only the local id clashes
        second.SetLocalId(localId);
        db.CityProcedures.AddRange(first, second);
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [SkippableFact]
    public async Task Two_discrepancies_cannot_share_a_key()
    {
        await AMunicipalityAsync();
        await using var db = Database.CreateContext();
        var subject = "S" + Guid.NewGuid().ToString("N")[..8];
        Discrepancy Make() => new(DiscrepancyKind.SiaCodeUnknown, DiscrepancySeverity.Error, "28006", 99, subject, "x", [], null, 1, Build.Now);
        db.Discrepancies.AddRange(Make(), Make());
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [SkippableFact]
    public async Task An_update_based_on_a_stale_copy_is_refused_with_a_clear_error_and_loses_nothing()
    {
        var municipality = IneCode.Parse(await AMunicipalityAsync());
        long id;
        await using (var db = Database.CreateContext())
        {
            var procedure = Build.CityProcedure(municipality, "Original", siaCode: null);
            db.CityProcedures.Add(procedure);
            await db.SaveChangesAsync();
            id = procedure.Id;
        }

        await using var alice = Database.CreateContext();
        await using var bob = Database.CreateContext();
        var alicesCopy = await alice.CityProcedures.SingleAsync(p => p.Id == id);
        var bobsCopy = await bob.CityProcedures.SingleAsync(p => p.Id == id);

        alicesCopy.Describe("Cambio de Alice", null, alicesCopy.Attributes, Build.Now);
        await alice.SaveChangesAsync();
        Assert.Equal(1, alicesCopy.Revision);

        bobsCopy.Describe("Cambio de Bob", null, bobsCopy.Attributes, Build.Now);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => bob.SaveChangesAsync());
        Assert.Contains($"CityProcedure {id}", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("revision 0", conflict.Message, StringComparison.Ordinal);

        await using var check = Database.CreateContext();
        Assert.Equal("Cambio de Alice", (await check.CityProcedures.SingleAsync(p => p.Id == id)).LocalName);
    }

    [SkippableFact]
    public async Task Seeding_loads_every_municipality_and_the_reference_catalog_and_seeding_again_changes_nothing()
    {
        await Database.SeedAsync(includeDemo: true);
        await using var db = Database.CreateContext();
        Assert.Equal(8131, await db.Municipalities.CountAsync());
        var processes = await db.ReferenceProcesses.CountAsync();
        var procedures = await db.ReferenceProcedures.CountAsync();
        Assert.True(processes >= 12, $"{processes} reference processes");
        Assert.True(procedures >= 60, $"{procedures} reference procedures");
        var demo = await db.CityProcedures.CountAsync(p => p.IsDemo);
        Assert.True(demo > 0);
        Assert.Equal("L01290672", (await db.Municipalities.SingleAsync(m => m.IneCode == "29067")).CouncilDir3Code);

        var versions = await db.ReferenceProcedureVersions.CountAsync();

        var report = await new Seed.CatalogSeeder(db, TimeProvider.System).SeedAsync(includeDemo: true);

        Assert.False(report.AddedAnything);
        Assert.Equal(8131, await db.Municipalities.CountAsync());
        Assert.Equal(procedures, await db.ReferenceProcedures.CountAsync());
        Assert.Equal(versions, await db.ReferenceProcedureVersions.CountAsync());
        Assert.Equal(demo, await db.CityProcedures.CountAsync(p => p.IsDemo));
    }

    [SkippableFact]
    public async Task Municipalities_can_be_found_by_folded_name()
    {
        await Database.SeedAsync();
        await using var db = Database.CreateContext();
        var folded = Domain.Text.Fold("MÁLAGA");
        Assert.Equal("29067", (await db.Municipalities.SingleAsync(m => m.SearchName == folded)).IneCode);
    }
}

public sealed class SqlitePersistenceTests(SqliteTestDatabase database) : PersistenceSuite(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresPersistenceTests(PostgresTestDatabase database) : PersistenceSuite(database), IClassFixture<PostgresTestDatabase>;
