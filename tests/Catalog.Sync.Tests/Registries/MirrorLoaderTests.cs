using System.Text.Json;
using Catalog.Db;
using Catalog.Domain.Registries;
using Catalog.Sync.Registries;
using Catalog.Sync.Registries.Dir3;
using Catalog.Sync.Registries.Mirror;
using Catalog.Sync.Registries.Sources;
using Catalog.Sync.Tests.Registries.Builders;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;
using static Catalog.Sync.Tests.Registries.Builders.WebServiceCsvBuilder;

namespace Catalog.Sync.Tests.Registries;

/// <summary>A clock the tests move by hand.</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = Build.Now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>Loading fetched sources into the mirror, on every database provider.</summary>
public abstract class MirrorLoaderTests : IDisposable
{
    private readonly TestDatabase _database;
    private readonly TestFiles _files = new();
    private readonly TestClock _clock = new();

    protected MirrorLoaderTests(TestDatabase database)
    {
        _database = database;
    }

    public void Dispose()
    {
        _files.Dispose();
        GC.SuppressFinalize(this);
    }

    private static readonly ListUnit[] Council =
    [
        new("L01280066", "Ayuntamiento de Alcobendas", "3", "L01280066", "L01280066", Nif: "P2800600I", Province: "28"),
        new("LA0012345", "Área de Urbanismo", "3", "L01280066", "L01280066", Province: "28"),
        new("LA0012346", "Área de Cultura", "3", "L01280066", "L01280066", Province: "28"),
    ];

    private async Task<CatalogDbContext> CleanMirrorAsync()
    {
        var db = _database.CreateContext();
        await db.Units.ExecuteDeleteAsync();
        await db.Offices.ExecuteDeleteAsync();
        await db.UnitSuccessions.ExecuteDeleteAsync();
        await db.OfficeUnitRelations.ExecuteDeleteAsync();
        await db.SiaEntries.ExecuteDeleteAsync();
        await db.RegistrySources.ExecuteDeleteAsync();
        return db;
    }

    private async Task<MirrorLoadResult> LoadAsync(Registry registry, string path, string name = "test-source", MirrorLoadOptions? options = null)
    {
        await using var db = _database.CreateContext();
        await using var content = await new FileRegistrySource(ContentReading.Source(registry, path, name)).FetchAsync();
        return await new MirrorLoader(db, _clock).LoadAsync(content, options);
    }

    private string List(string name, params ListUnit[] units) => OfficialListBuilder.Write(_files.PathFor(name), Dir3List.Eell, units);

    private async Task<string> SnapshotAsync()
    {
        await using var db = _database.CreateContext();
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Code).ToListAsync();
        var offices = await db.Offices.AsNoTracking().OrderBy(o => o.Code).ToListAsync();
        var sources = await db.RegistrySources.AsNoTracking().OrderBy(s => s.Name).ToListAsync();
        var links = await db.UnitSuccessions.AsNoTracking().CountAsync();
        return JsonSerializer.Serialize(new { units, offices, sources, links });
    }

    [SkippableFact]
    public async Task The_real_list_loads_completely()
    {
        await using var db = await CleanMirrorAsync();

        var result = await LoadAsync(Registry.Dir3, TestFiles.RealInstitutionalList);

        Assert.Equal((1159, 1159, 0), (result.RowsRead, result.RowsAccepted, result.RowsRejected));
        Assert.Equal(new(1159, 0, 0), result.Units);
        Assert.Equal(1159, result.AddedUnitCodes.Count);
        Assert.Equal((1, 0), (result.RootUnits, result.UnresolvedParents));
        Assert.Equal("Institucionales", result.ContentKind);
        Assert.Equal(1159, await db.Units.CountAsync());
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Code == "I00000223");
        Assert.Equal("Consorcio para la Gestión de Residuos Sólidos en Asturias (COGERSA)", unit.Name);
        Assert.Equal(("I00000221", "I00000221", "I00000223", "P3300001I"), (unit.ParentCode, unit.PrincipalCode, unit.EdpPrincipalCode, unit.Nif));
        Assert.Equal((RegistryStatus.Current, false, _clock.Now), (unit.Status, unit.IsGone, unit.FirstSeenAt));
        Assert.Equal(614, await db.Units.CountAsync(u => u.Nif != null));
    }

    [SkippableFact]
    public async Task A_rerun_on_unchanged_input_reports_no_changes_and_the_source_as_unchanged()
    {
        await using var db = await CleanMirrorAsync();
        await LoadAsync(Registry.Dir3, TestFiles.RealInstitutionalList);
        _clock.Now = _clock.Now.AddDays(1);

        var result = await LoadAsync(Registry.Dir3, TestFiles.RealInstitutionalList);

        Assert.Equal(new(0, 0, 0), result.Units);
        Assert.Empty(result.TouchedUnitCodes);
        Assert.Equal(1159, result.RowsAccepted);
        await using var content = await new FileRegistrySource(ContentReading.Source(Registry.Dir3, TestFiles.RealInstitutionalList)).FetchAsync();
        Assert.True(await new MirrorLoader(db, _clock).IsUnchangedAsync(content));
        Assert.Equal(Build.Now, (await db.Units.AsNoTracking().FirstAsync()).LastChangedAt);
    }

    [SkippableFact]
    public async Task A_changed_unit_is_reported_with_the_fields_that_changed()
    {
        await using var db = await CleanMirrorAsync();
        await LoadAsync(Registry.Dir3, List("v1.xlsx", Council));
        _clock.Now = _clock.Now.AddDays(1);

        var result = await LoadAsync(Registry.Dir3, List("v2.xlsx", [Council[0], Council[1] with { Name = "Área de Urbanismo y Vivienda" }, Council[2]]));

        Assert.Equal(new(0, 1, 0), result.Units);
        Assert.Equal(["LA0012345"], result.ChangedUnitCodes);
        Assert.Equal(new Dictionary<string, int> { ["OrganizationalUnit.Name"] = 1 }, result.ChangedFields);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Code == "LA0012345");
        Assert.Equal(("Área de Urbanismo y Vivienda", Build.Now, _clock.Now), (unit.Name, unit.FirstSeenAt, unit.LastChangedAt));
    }

    [SkippableFact]
    public async Task A_unit_that_vanishes_from_its_full_list_is_marked_gone_never_deleted()
    {
        await using var db = await CleanMirrorAsync();
        await LoadAsync(Registry.Dir3, TestFiles.RealInstitutionalList, "institucionales");
        await LoadAsync(Registry.Dir3, List("v1.xlsx", Council), "eell");
        _clock.Now = _clock.Now.AddDays(1);

        var result = await LoadAsync(Registry.Dir3, List("v2.xlsx", Council[0], Council[1]), "eell");

        Assert.Equal(new(0, 0, 1), result.Units);
        Assert.Equal(["LA0012346"], result.GoneUnitCodes);
        var gone = await db.Units.AsNoTracking().SingleAsync(u => u.Code == "LA0012346");
        Assert.Equal((true, _clock.Now), (gone.IsGone, gone.GoneSince));
        // Units of the other list are not in this list's scope.
        Assert.Equal(1, await db.Units.CountAsync(u => u.IsGone));
    }

    [SkippableFact]
    public async Task A_unit_whose_row_is_rejected_is_kept_as_it_was_not_marked_gone()
    {
        await using var db = await CleanMirrorAsync();
        await LoadAsync(Registry.Dir3, List("v1.xlsx", Council));
        _clock.Now = _clock.Now.AddDays(1);

        // The unit is still in the full list; only its row cannot be taken (an unknown status).
        var result = await LoadAsync(Registry.Dir3, List("v2.xlsx", Council[0], Council[1], Council[2] with { Status = "X" }));

        Assert.Equal(1, result.RowsRead - result.RowsAccepted);
        Assert.Empty(result.GoneUnitCodes);
        var kept = await db.Units.AsNoTracking().SingleAsync(u => u.Code == "LA0012346");
        Assert.Equal((false, "Área de Cultura"), (kept.IsGone, kept.Name));
    }

    [SkippableFact]
    public async Task A_rejected_row_without_a_code_marks_no_unit_gone()
    {
        await using var db = await CleanMirrorAsync();
        await LoadAsync(Registry.Dir3, List("v1.xlsx", Council));

        // Which unit the codeless row was cannot be told: the list is not known complete.
        var result = await LoadAsync(Registry.Dir3, List("v2.xlsx", Council[0], Council[1], Council[2] with { Code = "" }));

        Assert.Empty(result.GoneUnitCodes);
        Assert.Equal(0, await db.Units.CountAsync(u => u.IsGone));
    }

    [SkippableFact]
    public async Task A_gone_unit_that_comes_back_is_current_again()
    {
        await using var db = await CleanMirrorAsync();
        await LoadAsync(Registry.Dir3, List("v1.xlsx", Council));
        await LoadAsync(Registry.Dir3, List("v2.xlsx", Council[0], Council[1]));

        var result = await LoadAsync(Registry.Dir3, List("v3.xlsx", Council));

        Assert.Equal(["LA0012346"], result.ChangedUnitCodes);
        Assert.False((await db.Units.AsNoTracking().SingleAsync(u => u.Code == "LA0012346")).IsGone);
    }

    [SkippableFact]
    public async Task Units_whose_parent_is_unknown_are_kept_and_counted()
    {
        await using var db = await CleanMirrorAsync();

        var result = await LoadAsync(Registry.Dir3, List("orphans.xlsx",
            new ListUnit("LA0099001", "Unidad huérfana", "3", "LA0099999"), new ListUnit("LA0099002", "Otra huérfana", "3", "LA0099999"), Council[0]));

        Assert.Equal(2, result.UnresolvedParents);
        Assert.Equal(3, await db.Units.CountAsync());
    }

    [SkippableFact]
    public async Task A_duplicate_code_is_rejected_and_its_first_row_kept()
    {
        await using var db = await CleanMirrorAsync();

        var result = await LoadAsync(Registry.Dir3, List("dup.xlsx", Council[0], Council[1], Council[1] with { Name = "Repetida" }));

        var rejected = Assert.Single(result.Rejections);
        Assert.Equal((RejectionReason.DuplicateCode, 5L), (rejected.Reason, rejected.Location.Row));
        Assert.Equal(1, result.RejectedByReason[RejectionReason.DuplicateCode]);
        Assert.Equal("Área de Urbanismo", (await db.Units.AsNoTracking().SingleAsync(u => u.Code == "LA0012345")).Name);
    }

    [SkippableFact]
    public async Task A_failed_load_leaves_the_mirror_exactly_as_it_was()
    {
        await using var db = await CleanMirrorAsync();
        await LoadAsync(Registry.Dir3, List("v1.xlsx", Council));
        var before = await SnapshotAsync();
        // The units file loads (and is written, one row per batch) before the broken offices file stops the load.
        var zip = Zip(_files.PathFor("broken.zip"),
            ("Unidades.csv", File(56, [UnitLine("L01280066", "Ayuntamiento renombrado"), UnitLine("LA0077777", "Nueva")])),
            ("HistoricosUO.csv", File(9, [HistoryLine("LA0012346", "LA0012345")])),
            ("Oficinas.csv", "CODIGO;NOMBRE\nO00002062;Registro\n"));
        _clock.Now = _clock.Now.AddDays(1);

        await Assert.ThrowsAsync<RegistryFormatException>(() => LoadAsync(Registry.Dir3, zip, options: new MirrorLoadOptions { BatchSize = 1 }));

        Assert.Equal(before, await SnapshotAsync());
    }

    [SkippableFact]
    public async Task Inside_a_callers_transaction_the_load_takes_part_and_does_not_commit()
    {
        await using var db = await CleanMirrorAsync();
        await using var content = await new FileRegistrySource(ContentReading.Source(Registry.Dir3, List("v1.xlsx", Council))).FetchAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();

        var result = await new MirrorLoader(db, _clock).LoadAsync(content);

        Assert.Equal(3, result.Units.Added);
        Assert.Same(transaction, db.Database.CurrentTransaction);
        Assert.Equal(3, await db.Units.CountAsync());
        await transaction.RollbackAsync();
        Assert.Equal(0, await db.Units.CountAsync());
        Assert.Equal(0, await db.RegistrySources.CountAsync());
    }

    [SkippableFact]
    public async Task Several_loads_can_share_one_callers_transaction()
    {
        await using var db = await CleanMirrorAsync();
        await using var first = await new FileRegistrySource(ContentReading.Source(Registry.Dir3, List("v1.xlsx", Council), "a")).FetchAsync();
        await using var second = await new FileRegistrySource(ContentReading.Source(Registry.Dir3, List("v2.xlsx", Council[0] with { Name = "Ayuntamiento" }, Council[1], Council[2]), "a")).FetchAsync();
        await using var third = await new FileRegistrySource(ContentReading.Source(Registry.Dir3, List("v3.xlsx", Council[0], Council[1] with { Name = "Área" }, Council[2]), "a")).FetchAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var loader = new MirrorLoader(db, _clock);

        await loader.LoadAsync(first);
        var changedOnce = await loader.LoadAsync(second);
        var changedTwice = await loader.LoadAsync(third);
        await transaction.CommitAsync();

        Assert.Equal((1, 2), (changedOnce.Units.Changed, changedTwice.Units.Changed));
        Assert.Equal("Área", (await db.Units.AsNoTracking().SingleAsync(u => u.Code == "LA0012345")).Name);
        Assert.Equal(third.ContentHash, (await db.RegistrySources.AsNoTracking().SingleAsync()).ContentHash);
    }

    [SkippableFact]
    public async Task A_full_list_with_no_accepted_row_is_refused_instead_of_marking_everything_gone()
    {
        await using var db = await CleanMirrorAsync();
        await LoadAsync(Registry.Dir3, List("v1.xlsx", Council));

        var error = await Assert.ThrowsAsync<RegistryFormatException>(() => LoadAsync(Registry.Dir3, List("bad.xlsx", Council[0] with { Status = "?" })));

        Assert.Contains("refusing", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.Units.CountAsync(u => u.IsGone));
    }

    [SkippableFact]
    public async Task A_web_service_download_loads_units_offices_history_and_relations()
    {
        await using var db = await CleanMirrorAsync();
        var zip = Zip(_files.PathFor("ws.zip"),
            ("Unidades.csv", File(56, [UnitLine("L01280066", "Ayuntamiento de Alcobendas"), UnitLine("LA0012345", "Área", parent: "L01280066", root: "L01280066"),
                UnitLine("LA0012346", "Área extinguida", status: "E", parent: "L01280066", root: "L01280066")])),
            ("HistoricosUO.csv", File(9, [HistoryLine("LA0012346", "LA0012345")])),
            ("Oficinas.csv", File(28, [OfficeLine("O00002062", "Registro General", "L01280066")])),
            ("RelacionesOrganizativasOFI.csv", File(5, [RelationLine("O00002062", "LA0012345"), RelationLine("O00002062", "L01280066")])));

        var first = await LoadAsync(Registry.Dir3, zip);
        var rerun = await LoadAsync(Registry.Dir3, zip);

        Assert.Equal((new Catalog.Domain.Reconciliation.ChangeCounts(3, 0, 0), new Catalog.Domain.Reconciliation.ChangeCounts(1, 0, 0), 1, 2),
            (first.Units, first.Offices, first.SuccessionsAdded, first.OfficeRelationsAddedOrChanged));
        Assert.Equal((0, 0, 0, 0), (rerun.Units.Added + rerun.Units.Changed, rerun.Offices.Added + rerun.Offices.Changed, rerun.SuccessionsAdded, rerun.OfficeRelationsAddedOrChanged));
        Assert.Equal(RegistryStatus.Extinguished, (await db.Units.AsNoTracking().SingleAsync(u => u.Code == "LA0012346")).Status);
        Assert.Equal("LA0012345", (await db.UnitSuccessions.AsNoTracking().SingleAsync()).SuccessorCode);
        Assert.Equal("28006", (await db.Offices.AsNoTracking().SingleAsync()).MunicipalityIneCode);
        Assert.Equal(2, await db.OfficeUnitRelations.CountAsync());
    }

    [SkippableFact]
    public async Task Registry_changes_a_city_procedure_points_to_are_in_that_citys_change_feed()
    {
        await using var db = await CleanMirrorAsync();
        await _database.SeedAsync();
        db.CityProcedures.Add(Build.CityProcedure(Build.Alcobendas, "Licencia de actividad (feed)", siaCode: "2094607", unit: "LA0012345"));
        await db.SaveChangesAsync();
        await LoadAsync(Registry.Dir3, List("v1.xlsx", Council));
        await LoadAsync(Registry.Sia, SiaXmlBuilder.Write(_files.PathFor("v1.xml"), [new SiaTestEntry("2094606", "Licencia de obra mayor"), new SiaTestEntry("2094607", "Licencia de actividad")]));
        _clock.Now = Build.Now.AddDays(40);

        // Urbanismo (pointed to) and Cultura (pointed to by nobody) are renamed; the SIA entry pointed to goes.
        await LoadAsync(Registry.Dir3, List("v2.xlsx", [Council[0], Council[1] with { Name = "Área de Urbanismo y Vivienda" }, Council[2] with { Name = "Área de Cultura y Fiestas" }]));
        await LoadAsync(Registry.Sia, SiaXmlBuilder.Write(_files.PathFor("v2.xml"), [new SiaTestEntry("2094606", "Licencia de obra mayor")]));

        var entries = await db.CatalogChanges.AsNoTracking()
            .Where(c => (c.SubjectType == "Unit" || c.SubjectType == "SiaEntry") && c.At == _clock.Now)
            .OrderBy(c => c.Id).Select(c => new { c.SubjectType, c.SubjectKey, c.Kind, c.MunicipalityIneCode }).ToListAsync();
        Assert.Equal(
            [
                new { SubjectType = "Unit", SubjectKey = "LA0012345", Kind = Domain.ChangeFeed.CatalogChangeKind.RegistryChanged, MunicipalityIneCode = (string?)"28006" },
                new { SubjectType = "SiaEntry", SubjectKey = "2094607", Kind = Domain.ChangeFeed.CatalogChangeKind.RegistryGone, MunicipalityIneCode = (string?)"28006" },
            ],
            entries);
    }

    [SkippableFact]
    public async Task Sia_entries_load_and_vanish_only_within_the_organisms_the_response_covers()
    {
        await using var db = await CleanMirrorAsync();
        await LoadAsync(Registry.Sia, SiaXmlBuilder.Write(_files.PathFor("v1.xml"),
        [
            new SiaTestEntry("2094606", "Licencia de obra mayor", Description: new string('á', 5000)),
            new SiaTestEntry("2094607", "Licencia de actividad"),
            new SiaTestEntry("3000001", "Padrón", N1: "L01290672"),
        ]));
        _clock.Now = _clock.Now.AddDays(1);

        var result = await LoadAsync(Registry.Sia, SiaXmlBuilder.Write(_files.PathFor("v2.xml"),
            [new SiaTestEntry("2094606", "Licencia de obra mayor", Description: new string('á', 5000), Silence: "1"), new SiaTestEntry("2094608", "Nueva")]));

        Assert.Equal(new(1, 1, 1), result.SiaEntries);
        Assert.Equal(["2094608"], result.AddedSiaCodes);
        Assert.Equal(["2094606"], result.ChangedSiaCodes);
        Assert.Equal(["2094607"], result.GoneSiaCodes);
        Assert.Equal(1, result.ChangedFields["SiaEntry.SilenceEffect"]);
        var changed = await db.SiaEntries.AsNoTracking().SingleAsync(e => e.Code == "2094606");
        Assert.Equal((new CodedValue("1", "Estimatorio"), 5000), (changed.SilenceEffect, changed.Description!.Length));
        Assert.False((await db.SiaEntries.AsNoTracking().SingleAsync(e => e.Code == "3000001")).IsGone);
    }
}

public sealed class SqliteMirrorLoaderTests(SqliteTestDatabase database) : MirrorLoaderTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresMirrorLoaderTests(PostgresTestDatabase database) : MirrorLoaderTests(database), IClassFixture<PostgresTestDatabase>;
