using Catalog.Api.Auth;
using Catalog.Api.CityCatalog;
using Catalog.Api.ReferenceCatalog;
using Catalog.Db;
using Catalog.Domain;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Codes;
using Catalog.Domain.Procedures;
using Catalog.Sync.Reconciliation;
using Catalog.Sync.Runs;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Catalog.Api.Tests.Editing;

/// <summary>The editing services' rules, on a real seeded database (one class per provider below).</summary>
public abstract class EditingSuite(TestDatabase database) : IAsyncLifetime
{
    protected static readonly CatalogActor Admin = new("ana", CatalogRole.Admin, new HashSet<string>(), null);
    protected static readonly CatalogActor Curator = new("carla", CatalogRole.Curator, new HashSet<string>(), null);
    protected static readonly CatalogActor AlcobendasEditor = new("eva", CatalogRole.Editor, new HashSet<string> { "28006" }, null);
    protected static readonly CatalogActor MalagaEditor = new("mario", CatalogRole.Editor, new HashSet<string> { "29067" }, null);

    protected TestDatabase Database { get; } = database;

    public async Task InitializeAsync()
    {
        if (Database.UnavailableReason is null)
        {
            await Database.SeedAsync();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private CityCatalogEditor Editor(CatalogDbContext db) => new(db, TimeProvider.System, Reconciliation());

    /// <summary>The real pipeline; an edit only reconciles its city, so the mirror refresh must never be asked for.</summary>
    protected SyncPipeline Reconciliation()
        => new(Database.Factory, new MirrorLeftAlone(), new ReconciliationEngine(TimeProvider.System), TimeProvider.System, NullLogger<SyncPipeline>.Instance);

    private sealed class MirrorLeftAlone : IMirrorRefresh
    {
        public Task<MirrorRefreshResult> RefreshAsync(CatalogDbContext db, bool full, long runId, IProgress<string>? progress, CancellationToken cancellationToken)
            => throw new InvalidOperationException("A write to a city catalog must not refresh the registry mirror.");
    }

    private static CityProcedureChanges NewProcedure(string name = "Licencia de obra mayor") => new()
    {
        LocalId = "T-" + Guid.NewGuid().ToString("N")[..10],
        LocalName = name,
        SiaCode = "3" + Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ResponsibleUnit = "L01280066",
        SilenceEffect = SilenceEffect.Negative,
        ResolutionTermAmount = 3,
        ResolutionTermUnit = TermUnit.Months,
    };

    private async Task<CityProcedure> CreateInAlcobendasAsync(string? referenceCode = null)
    {
        await using var db = Database.CreateContext();
        return (await Editor(db).CreateAsync(AlcobendasEditor, Build.Alcobendas, NewProcedure(), referenceCode, CancellationToken.None)).Procedure;
    }

    [SkippableFact]
    public async Task An_editor_creates_a_procedure_in_their_city_and_the_creation_is_audited()
    {
        var created = await CreateInAlcobendasAsync("URB-001");

        await using var db = Database.CreateContext();
        var stored = await db.CityProcedures.SingleAsync(p => p.Id == created.Id);
        Assert.Equal("Licencia de obra mayor", stored.LocalName);
        Assert.Equal(1, stored.ConfirmedReferenceVersion);
        var audit = await db.ChangeLog.SingleAsync(c => c.EntityType == "CityProcedure" && c.EntityId == created.Id.ToString());
        Assert.Equal(("eva", "editor", "create", "28006"), (audit.Actor, audit.Role, audit.Action, audit.MunicipalityIneCode));
        Assert.Contains(audit.Changes, c => c is { Field: "siaCode", Before: null } && c.After == created.SiaCode);
    }

    [SkippableFact]
    public async Task An_editor_cannot_touch_another_citys_catalog()
    {
        var created = await CreateInAlcobendasAsync();
        await using var db = Database.CreateContext();

        var error = await Assert.ThrowsAsync<ForbiddenException>(() => Editor(db).UpdateAsync(MalagaEditor, created.Id, 0, new() { LocalName = "Otro" }, default));
        Assert.Contains("29067, not of 28006", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ForbiddenException>(() => Editor(db).CreateAsync(MalagaEditor, Build.Alcobendas, NewProcedure(), null, default));
    }

    [SkippableFact]
    public async Task A_curator_cannot_write_a_city_catalog_and_nobody_anonymous_can()
    {
        await using var db = Database.CreateContext();
        await Assert.ThrowsAsync<ForbiddenException>(() => Editor(db).CreateAsync(Curator, Build.Alcobendas, NewProcedure(), null, default));
        await Assert.ThrowsAsync<UnauthenticatedException>(() => Editor(db).CreateAsync(null, Build.Alcobendas, NewProcedure(), null, default));
    }

    [SkippableFact]
    public async Task An_update_changes_only_the_fields_given_and_records_them_before_and_after()
    {
        var created = await CreateInAlcobendasAsync();
        await using (var db = Database.CreateContext())
        {
            var updated = await Editor(db).UpdateAsync(AlcobendasEditor, created.Id, created.Revision, new() { SilenceEffect = SilenceEffect.Positive, SiaCode = "" }, default);
            Assert.Equal(1, updated.Procedure.Revision);
        }

        await using var check = Database.CreateContext();
        var stored = await check.CityProcedures.SingleAsync(p => p.Id == created.Id);
        Assert.Equal(SilenceEffect.Positive, stored.Attributes.SilenceEffect);
        Assert.Null(stored.SiaCode);
        Assert.Equal("Licencia de obra mayor", stored.LocalName);
        Assert.Equal(new ResolutionTerm(3, TermUnit.Months), stored.Attributes.ResolutionTerm);
        var audit = await check.ChangeLog.SingleAsync(c => c.EntityId == created.Id.ToString() && c.Action == "update");
        Assert.Equal(
            [new("siaCode", created.SiaCode, null), new("silenceEffect", "Negative", "Positive")],
            audit.Changes.OrderBy(c => c.Field).ToList());
    }

    [SkippableFact]
    public async Task An_update_based_on_a_stale_revision_is_refused_and_nothing_is_lost()
    {
        var created = await CreateInAlcobendasAsync();
        await using (var db = Database.CreateContext())
        {
            await Editor(db).UpdateAsync(AlcobendasEditor, created.Id, 0, new() { LocalName = "Primera edición" }, default);
        }

        await using (var db = Database.CreateContext())
        {
            var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(
                () => Editor(db).UpdateAsync(AlcobendasEditor, created.Id, 0, new() { LocalName = "Edición con copia antigua" }, default));
            Assert.Contains("revision 1", conflict.Message, StringComparison.Ordinal);
        }

        await using var check = Database.CreateContext();
        Assert.Equal("Primera edición", (await check.CityProcedures.SingleAsync(p => p.Id == created.Id)).LocalName);
    }

    [SkippableFact]
    public async Task Bad_codes_are_refused_with_the_field_named()
    {
        var created = await CreateInAlcobendasAsync();
        await using var db = Database.CreateContext();
        var error = await Assert.ThrowsAsync<InvalidCodeException>(() => Editor(db).UpdateAsync(AlcobendasEditor, created.Id, 0, new() { ResponsibleUnit = "L01280060" }, default));
        Assert.Equal("dir3Code", error.Field);
        var missingReference = await Assert.ThrowsAsync<DomainRuleException>(() => Editor(db).MapAsync(AlcobendasEditor, created.Id, 0, "NO-EXISTE", default));
        Assert.Equal("referenceCode", missingReference.Field);
    }

    [SkippableFact]
    public async Task A_local_id_is_unique_within_a_city()
    {
        var created = await CreateInAlcobendasAsync();
        await using var db = Database.CreateContext();
        var error = await Assert.ThrowsAsync<CatalogRuleException>(
            () => Editor(db).CreateAsync(AlcobendasEditor, Build.Alcobendas, NewProcedure() with { LocalId = created.LocalId }, null, default));
        Assert.Equal("localId", error.Field);
    }

    [SkippableFact]
    public async Task Withdrawing_keeps_the_procedure_marked_withdrawn()
    {
        var created = await CreateInAlcobendasAsync();
        await using (var db = Database.CreateContext())
        {
            await Editor(db).WithdrawAsync(AlcobendasEditor, created.Id, 0, "Sustituido por declaración responsable", default);
        }

        await using var check = Database.CreateContext();
        var stored = await check.CityProcedures.SingleAsync(p => p.Id == created.Id);
        Assert.Equal(CityProcedureStatus.Withdrawn, stored.Status);
        Assert.Equal("Sustituido por declaración responsable", stored.WithdrawalReason);
    }

    [SkippableFact]
    public async Task A_curated_change_makes_a_new_version_and_the_city_confirms_it_after_review()
    {
        var code = "TST-" + Random.Shared.Next(100000, 999999);
        await using (var db = Database.CreateContext())
        {
            var curator = new ReferenceCatalogCurator(db, TimeProvider.System);
            await curator.CreateProcedureAsync(Curator, code, "URB", "Procedimiento de prueba", null, new() { SilenceEffect = SilenceEffect.Negative }, null, default);
        }

        var created = await CreateInAlcobendasAsync(code);
        await using (var db = Database.CreateContext())
        {
            var revised = await new ReferenceCatalogCurator(db, TimeProvider.System)
                .ReviseProcedureAsync(Curator, code, 0, null, null, null, new() { SilenceEffect = SilenceEffect.Positive }, "Cambio normativo", default);
            Assert.Equal(2, revised.CurrentVersion);
            Assert.Equal(["SilenceEffect"], revised.Versions.Single(v => v.Number == 2).ChangedFields);
        }

        await using (var db = Database.CreateContext())
        {
            var confirmed = await Editor(db).ConfirmReferenceVersionAsync(AlcobendasEditor, created.Id, created.Revision, 2, default);
            Assert.Equal(2, confirmed.ConfirmedReferenceVersion);
        }
    }

    [SkippableFact]
    public async Task An_editor_cannot_curate_the_reference_catalog()
    {
        await using var db = Database.CreateContext();
        await Assert.ThrowsAsync<ForbiddenException>(() => new ReferenceCatalogCurator(db, TimeProvider.System)
            .CreateProcessAsync(AlcobendasEditor, "ZZZ", "Proceso", null, null, default));
    }

    [SkippableFact]
    public async Task Declaring_a_reference_procedure_not_offered_is_refused_when_the_city_offers_it()
    {
        await CreateInAlcobendasAsync("URB-002");
        await using var db = Database.CreateContext();
        var error = await Assert.ThrowsAsync<DomainRuleException>(
            () => Editor(db).DeclareNotOfferedAsync(AlcobendasEditor, Build.Alcobendas, "URB-002", "No aplica", default));
        Assert.Contains("withdraw it first", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_api_key_is_shown_once_stored_hashed_and_can_be_revoked()
    {
        await using var db = Database.CreateContext();
        var administration = new ApiKeyAdministration(db, TimeProvider.System);
        var (key, token) = await administration.CreateAsync(Admin, "Portal de Gijón", [IneCode.Parse("33024")], default);

        Assert.StartsWith("pck_" + key.Id + ".", token, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[1], key.SecretHash, StringComparison.Ordinal);
        Assert.True(Domain.Access.ApiKey.TryParseToken(token, out _, out var secret) && key.Matches(secret));
        Assert.False(key.Matches(secret + "x"));

        await Assert.ThrowsAsync<ForbiddenException>(() => administration.RevokeAsync(Curator, key.Id, default));
        var revoked = await administration.RevokeAsync(Admin, key.Id, default);
        Assert.True(revoked.IsRevoked);
    }
}

public sealed class SqliteEditingTests(SqliteTestDatabase database) : EditingSuite(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresEditingTests(PostgresTestDatabase database) : EditingSuite(database), IClassFixture<PostgresTestDatabase>;
