using Catalog.Db;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Codes;
using Catalog.Domain.Procedures;
using Catalog.Domain.SiaPublishing;
using Catalog.Sync.SiaPublishing;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Catalog.Sync.Tests.SiaPublishing;

/// <summary>
/// The SIA publishing queue end to end: writes queue operations in their own save, the sender publishes them to a
/// local SIA on 127.0.0.1 that validates every request against ParamSIA_v3_1.xsd, and every fault SIA can answer with
/// (rejection, SOAP fault, garbage, no answer, an answer too late) leaves the queue in a state a person can act on,
/// with nothing lost and nothing sent twice.
/// </summary>
public abstract class SiaPublishingTests(TestDatabase database, LocalSiaServer sia) : IAsyncLifetime
{
    private const string Published = "28006";
    private const string NotPublished = "29067";
    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly List<ServiceProvider> _providers = [];

    public async Task InitializeAsync()
    {
        sia.Reset();
        if (database.UnavailableReason is null)
        {
            await database.SeedAsync();
            await using var db = database.CreateContext();
            await db.SiaPublications.ExecuteDeleteAsync();
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }
    }

    /// <summary>The codes a council configures for its SIA entries (SIA does not publish its lists).</summary>
    internal static Dictionary<string, string?> Codes() => new()
    {
        ["Sia:Publish:Codes:TermUnit:BusinessDays"] = "3",
        ["Sia:Publish:Codes:TermUnit:CalendarDays"] = "1",
        ["Sia:Publish:Codes:Recipient:Companies"] = "2",
        ["Sia:Publish:Codes:Recipient:Administrations"] = "3",
        ["Sia:Publish:Codes:Channel:InPerson"] = "1",
        ["Sia:Publish:Codes:Channel:Online"] = "2",
        ["Sia:Publish:Codes:Channel:Telephone"] = "3",
        ["Sia:Publish:Codes:Channel:Post"] = "4",
        ["Sia:Publish:Codes:Rank:Ley"] = "5",
        ["Sia:Publish:Codes:Rank:Ley Orgánica"] = "4",
        ["Sia:Publish:Codes:Rank:Real Decreto"] = "7",
        ["Sia:Publish:Codes:Rank:Real Decreto Legislativo"] = "6",
        ["Sia:Publish:Codes:Rank:Decreto"] = "8",
        ["Sia:Publish:Codes:Rank:Ordenanza"] = "9",
        ["Sia:Publish:Codes:Rank:Ordenanza municipal"] = "9",
        ["Sia:Publish:Codes:Rank:Ordenanza fiscal"] = "9",
        ["Sia:Publish:Codes:Rank:Reglamento"] = "10",
        ["Sia:Publish:Codes:Subject:Urbanismo"] = "12",
        ["Sia:Publish:Codes:Subject:Padrón"] = "13",
    };

    private ServiceProvider Services(int timeoutSeconds = 5, IEnumerable<string>? extraSubjects = null)
    {
        var settings = Codes();
        settings["Sia:Publish:Enabled"] = "true";
        settings["Sia:Publish:Municipalities:0"] = Published;
        settings["Sia:Publish:Endpoint"] = sia.UpdateUrl;
        settings["Sia:Publish:LookupEndpoint"] = sia.LookupUrl;
        settings["Sia:Publish:User"] = "ayto-alcobendas";
        settings["Sia:Publish:Password"] = "secreto-de-sia";
        settings["Sia:Publish:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (subject, i) in (extraSubjects ?? []).Select((s, i) => (s, i)))
        {
            settings[$"Sia:Publish:Codes:Subject:{subject}"] = (100 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(_clock)
            .AddCatalogDatabase(database.Options)
            .AddSiaPublishing(configuration)
            .BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }

    /// <summary>Everything SIA needs, with the subject the test's code table knows.</summary>
    private static ProcedureAttributes Complete() => Build.Attributes() with { Family = "Urbanismo" };

    private static async Task<CityProcedure> AddAsync(ServiceProvider services, string name, string municipality = Published, string? description = "Autorización municipal de obras.")
    {
        await using var db = services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContext();
        var procedure = new CityProcedure(IneCode.Parse(municipality), name, Complete(), DateTimeOffset.UtcNow);
        procedure.Describe(name, description, Complete(), DateTimeOffset.UtcNow);
        procedure.AssignResponsibleUnit(Dir3Code.Parse("LA0099001"), DateTimeOffset.UtcNow);
        db.CityProcedures.Add(procedure);
        await db.SaveChangesAsync();
        return procedure;
    }

    private static async Task EditAsync(ServiceProvider services, long id, Action<CityProcedure> edit)
    {
        await using var db = services.GetRequiredService<IDbContextFactory<CatalogDbContext>>().CreateDbContext();
        edit(await db.CityProcedures.SingleAsync(p => p.Id == id));
        await db.SaveChangesAsync();
    }

    private async Task<List<SiaPublication>> QueueAsync(long procedure)
    {
        await using var db = database.CreateContext();
        return await db.SiaPublications.AsNoTracking().Where(p => p.CityProcedureId == procedure).OrderBy(p => p.Id).ToListAsync();
    }

    private async Task<CityProcedure> ProcedureAsync(long id)
    {
        await using var db = database.CreateContext();
        return await db.CityProcedures.AsNoTracking().SingleAsync(p => p.Id == id);
    }

    private void NoSchemaErrors() => Assert.True(sia.SchemaErrors.IsEmpty, string.Join(Environment.NewLine, sia.SchemaErrors));

    [SkippableFact]
    public async Task A_procedure_is_queued_in_its_own_save_published_edited_and_withdrawn_in_order()
    {
        Skip.If(database.UnavailableReason is not null, database.UnavailableReason);
        var services = Services();
        var publisher = services.GetRequiredService<SiaPublisher>();

        var procedure = await AddAsync(services, "Licencia de obra mayor");
        var elsewhere = await AddAsync(services, "Licencia de obra mayor", NotPublished);

        // The write and its queued alta are one save: no sender needed to see it.
        Assert.Equal([SiaOperation.Alta], (await QueueAsync(procedure.Id)).Select(p => p.Operation));
        Assert.Empty(await QueueAsync(elsewhere.Id));

        var pass = await publisher.RunOnceAsync();
        Assert.Equal(1, pass.Accepted);
        var alta = Assert.Single(sia.Received);
        Assert.Equal("A", alta.Operation);
        NoSchemaErrors();
        var code = (await ProcedureAsync(procedure.Id)).SiaCode;
        Assert.NotNull(code);
        Assert.True(sia.Entries.ContainsKey(code));
        var accepted = Assert.Single(await QueueAsync(procedure.Id));
        Assert.Equal(SiaPublicationState.Accepted, accepted.State);
        Assert.Equal(code, accepted.SiaCode);
        // The audit keeps what was sent, never SIA's password; the code SIA returned is not a new edit to publish.
        Assert.Contains("<password>********</password>", accepted.Request, StringComparison.Ordinal);
        Assert.DoesNotContain("secreto-de-sia", accepted.Request, StringComparison.Ordinal);
        Assert.Contains(alta.SourceCode, accepted.Response, StringComparison.Ordinal);

        // Two edits before the sender runs: one modificación, carrying the procedure as it is when sent.
        await EditAsync(services, procedure.Id, p => p.Describe("Licencia urbanística de obra mayor", p.Description, p.Attributes, DateTimeOffset.UtcNow));
        await EditAsync(services, procedure.Id, p => p.Describe("Licencia urbanística de obra mayor (nueva planta)", p.Description, p.Attributes, DateTimeOffset.UtcNow));
        Assert.Equal([SiaOperation.Alta, SiaOperation.Modificacion], (await QueueAsync(procedure.Id)).Select(p => p.Operation));
        await publisher.RunOnceAsync();
        Assert.Equal("Licencia urbanística de obra mayor (nueva planta)", sia.Entries[code].Name);

        await EditAsync(services, procedure.Id, p => p.Withdraw("Sustituida por declaración responsable", DateTimeOffset.UtcNow));
        await publisher.RunOnceAsync();
        Assert.False(sia.Entries[code].Active);
        Assert.Equal(["A", "M", "B"], sia.Received.Select(r => r.Operation));
        Assert.All(await QueueAsync(procedure.Id), p => Assert.Equal(SiaPublicationState.Accepted, p.State));
        NoSchemaErrors();

        // Nothing more is due: a second pass sends nothing.
        Assert.Equal(0, (await publisher.RunOnceAsync()).Handled);
        Assert.Equal(3, sia.Received.Count);
    }

    [SkippableFact]
    public async Task A_rejection_stops_the_procedure_s_queue_until_a_person_sends_it_again()
    {
        Skip.If(database.UnavailableReason is not null, database.UnavailableReason);
        var services = Services();
        var publisher = services.GetRequiredService<SiaPublisher>();
        var procedure = await AddAsync(services, "Licencia de primera ocupación");
        sia.Next(new SiaBehaviour.Reject("ERR-114", "El organismo responsable no pertenece al usuario"));

        await publisher.RunOnceAsync();
        var rejected = Assert.Single(await QueueAsync(procedure.Id));
        Assert.Equal(SiaPublicationState.Rejected, rejected.State);
        Assert.Equal("ERR-114", rejected.ResultCode);
        Assert.Contains("El organismo responsable no pertenece al usuario", rejected.Reason, StringComparison.Ordinal);

        // An edit queues behind the rejection, and waits.
        await EditAsync(services, procedure.Id, p => p.Describe("Licencia de primera ocupación de vivienda", p.Description, p.Attributes, DateTimeOffset.UtcNow));
        await publisher.RunOnceAsync();
        Assert.Single(sia.Received);

        await using (var db = database.CreateContext())
        {
            (await db.SiaPublications.SingleAsync(p => p.Id == rejected.Id)).Requeue(_clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        await publisher.RunOnceAsync();
        Assert.Equal(["A", "A", "M"], sia.Received.Select(r => r.Operation));
        Assert.All(await QueueAsync(procedure.Id), p => Assert.Equal(SiaPublicationState.Accepted, p.State));
        Assert.Equal("Licencia de primera ocupación de vivienda", sia.Entries[(await ProcedureAsync(procedure.Id)).SiaCode!].Name);
    }

    [SkippableFact]
    public async Task No_answer_is_retried_with_back_off_and_SIA_is_asked_before_an_alta_goes_again()
    {
        Skip.If(database.UnavailableReason is not null, database.UnavailableReason);
        var services = Services();
        var publisher = services.GetRequiredService<SiaPublisher>();
        var procedure = await AddAsync(services, "Licencia de actividad");
        sia.Next(new SiaBehaviour.Unavailable(), new SiaBehaviour.Unavailable());

        await publisher.RunOnceAsync();
        var waiting = Assert.Single(await QueueAsync(procedure.Id));
        Assert.Equal(SiaPublicationState.Pending, waiting.State);
        Assert.Equal(_clock.GetUtcNow().AddSeconds(30), waiting.NextAttemptAt);
        Assert.Contains("Se volverá a intentar", waiting.Reason, StringComparison.Ordinal);

        // Not due yet: nothing is sent.
        await publisher.RunOnceAsync();
        Assert.Single(sia.Received);

        _clock.Advance(TimeSpan.FromSeconds(31));
        await publisher.RunOnceAsync();
        waiting = Assert.Single(await QueueAsync(procedure.Id));
        Assert.Equal(2, waiting.Attempts);
        // Each failure doubles the wait.
        Assert.Equal(_clock.GetUtcNow().AddSeconds(60), waiting.NextAttemptAt);

        _clock.Advance(TimeSpan.FromSeconds(61));
        await publisher.RunOnceAsync();
        Assert.Equal(SiaPublicationState.Accepted, Assert.Single(await QueueAsync(procedure.Id)).State);
        // The alta may have reached SIA each time: SIA was asked before each resend, and holds the entry once.
        Assert.Equal(2, sia.Lookups);
        Assert.Single(sia.Entries);
    }

    [SkippableFact]
    public async Task An_alta_SIA_processed_but_answered_too_late_is_found_with_consultarSIA_not_sent_again()
    {
        Skip.If(database.UnavailableReason is not null, database.UnavailableReason);
        var services = Services(timeoutSeconds: 1);
        var publisher = services.GetRequiredService<SiaPublisher>();
        var procedure = await AddAsync(services, "Cédula de habitabilidad");
        sia.Next(new SiaBehaviour.ProcessThenDelay(TimeSpan.FromSeconds(3)));

        await publisher.RunOnceAsync();
        Assert.Equal(SiaPublicationState.Pending, Assert.Single(await QueueAsync(procedure.Id)).State);
        var stored = Assert.Single(sia.Entries.Values);

        _clock.Advance(TimeSpan.FromMinutes(1));
        await publisher.RunOnceAsync();
        var done = Assert.Single(await QueueAsync(procedure.Id));
        Assert.Equal(SiaPublicationState.Accepted, done.State);
        Assert.Contains("consultarSIA", done.Reason, StringComparison.Ordinal);
        Assert.Equal(stored.Code, (await ProcedureAsync(procedure.Id)).SiaCode);
        Assert.Single(sia.Received);
    }

    [SkippableFact]
    public async Task A_sender_that_died_after_sending_leaves_an_alta_the_next_sender_checks_with_SIA_first()
    {
        Skip.If(database.UnavailableReason is not null, database.UnavailableReason);
        var services = Services();
        var procedure = await AddAsync(services, "Licencia de vado");
        // What a sender killed between the POST and recording the answer leaves: sent, held, no answer; SIA has it.
        await using (var db = database.CreateContext())
        {
            var publication = await db.SiaPublications.SingleAsync(p => p.CityProcedureId == procedure.Id);
            publication.MarkSent("<enviado/>", _clock.GetUtcNow());
            await db.SaveChangesAsync();
            var until = _clock.GetUtcNow().AddMinutes(5);
            await db.SiaPublications.Where(p => p.Id == publication.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.State, SiaPublicationState.Sending).SetProperty(p => p.LeaseOwner, "muerto").SetProperty(p => p.LeaseUntil, until));
        }

        sia.Entries["2100777"] = new LocalSiaEntry("2100777", "Licencia de vado", "L01280066", "LA0099001", Active: true);
        var publisher = services.GetRequiredService<SiaPublisher>();

        // While the dead sender's lease runs, nobody takes it.
        Assert.Equal(0, (await publisher.RunOnceAsync()).Handled);
        _clock.Advance(TimeSpan.FromMinutes(6));
        await publisher.RunOnceAsync();

        Assert.Empty(sia.Received);
        Assert.Equal(1, sia.Lookups);
        Assert.Equal("2100777", (await ProcedureAsync(procedure.Id)).SiaCode);
        Assert.Equal(SiaPublicationState.Accepted, Assert.Single(await QueueAsync(procedure.Id)).State);
    }

    [SkippableFact]
    public async Task A_SOAP_fault_and_an_unreadable_answer_stop_the_queue_with_the_reason()
    {
        Skip.If(database.UnavailableReason is not null, database.UnavailableReason);
        var services = Services();
        var publisher = services.GetRequiredService<SiaPublisher>();
        var faulted = await AddAsync(services, "Licencia de tala de arbolado");
        var garbled = await AddAsync(services, "Licencia de cala");
        sia.Next(new SiaBehaviour.Fault("Usuario o contraseña incorrectos"), new SiaBehaviour.Garbage());

        var pass = await publisher.RunOnceAsync();

        Assert.Equal(2, pass.Stopped);
        var fault = Assert.Single(await QueueAsync(faulted.Id));
        Assert.Equal(SiaPublicationState.Fault, fault.State);
        Assert.Contains("Usuario o contraseña incorrectos", fault.Reason, StringComparison.Ordinal);
        Assert.Equal(SiaPublicationState.Malformed, Assert.Single(await QueueAsync(garbled.Id)).State);
        Assert.Null((await ProcedureAsync(faulted.Id)).SiaCode);
    }

    [SkippableFact]
    public async Task An_incomplete_procedure_waits_with_what_is_missing_and_goes_once_an_edit_completes_it()
    {
        Skip.If(database.UnavailableReason is not null, database.UnavailableReason);
        var services = Services();
        var publisher = services.GetRequiredService<SiaPublisher>();
        var procedure = await AddAsync(services, "Ayuda de emergencia social", description: null);

        Assert.Equal(1, (await publisher.RunOnceAsync()).Incomplete);
        var waiting = Assert.Single(await QueueAsync(procedure.Id));
        Assert.Equal(SiaPublicationState.Incomplete, waiting.State);
        Assert.Contains("falta: objeto del procedimiento", waiting.Reason, StringComparison.Ordinal);
        Assert.Empty(sia.Received);

        await EditAsync(services, procedure.Id, p => p.Describe(p.LocalName, "Ayuda económica puntual para necesidades básicas.", p.Attributes, DateTimeOffset.UtcNow));
        Assert.Equal(1, (await publisher.RunOnceAsync()).Accepted);
        Assert.Equal(SiaPublicationState.Accepted, Assert.Single(await QueueAsync(procedure.Id)).State);
    }

    [SkippableFact]
    public async Task A_procedure_withdrawn_before_its_alta_left_is_never_sent()
    {
        Skip.If(database.UnavailableReason is not null, database.UnavailableReason);
        var services = Services();
        var procedure = await AddAsync(services, "Licencia de quiosco");
        await EditAsync(services, procedure.Id, p => p.Withdraw(null, DateTimeOffset.UtcNow));

        await services.GetRequiredService<SiaPublisher>().RunOnceAsync();

        Assert.Equal(SiaPublicationState.Discarded, Assert.Single(await QueueAsync(procedure.Id)).State);
        Assert.Empty(sia.Received);
    }

    [SkippableFact]
    public async Task Two_senders_on_one_database_send_each_operation_once()
    {
        Skip.If(database.UnavailableReason is not null, database.UnavailableReason);
        var first = Services();
        var second = Services();
        var procedures = new List<CityProcedure>();
        for (var i = 0; i < 12; i++)
        {
            procedures.Add(await AddAsync(first, $"Autorización de ocupación de vía pública {i}"));
        }

        var passes = await Task.WhenAll(first.GetRequiredService<SiaPublisher>().RunOnceAsync(), second.GetRequiredService<SiaPublisher>().RunOnceAsync());

        Assert.Equal(12, passes.Sum(p => p.Accepted));
        Assert.Equal(12, sia.Received.Count);
        Assert.Equal(12, sia.Received.Select(r => r.SourceCode).Distinct().Count());
        foreach (var procedure in procedures)
        {
            Assert.NotNull((await ProcedureAsync(procedure.Id)).SiaCode);
        }
    }

    [SkippableFact]
    public async Task The_demo_catalog_of_a_council_is_published_end_to_end_dry_run_first()
    {
        Skip.If(database.UnavailableReason is not null, database.UnavailableReason);
        await database.SeedAsync(includeDemo: true);
        List<CityProcedure> demo;
        List<string> processes;
        await using (var db = database.CreateContext())
        {
            // The demo catalog, and whatever earlier tests of this class left in the same city: SIA has been asked about none.
            demo = await db.CityProcedures.AsNoTracking().Where(p => p.MunicipalityIneCode == Published && p.IsOffered && p.Status == CityProcedureStatus.Active).ToListAsync();
            Assert.Contains(demo, p => p.IsDemo);
            processes = await db.ReferenceProcesses.Select(p => p.Name).ToListAsync();
        }

        // SIA has the entries the demo catalog already cites.
        foreach (var procedure in demo.Where(p => p.SiaCode is not null))
        {
            sia.Entries[procedure.SiaCode!] = new LocalSiaEntry(procedure.SiaCode!, procedure.LocalName, "L01280066", null, Active: true);
        }

        var services = Services(extraSubjects: processes);
        var catalog = services.GetRequiredService<SiaCatalogPublishing>();

        var dryRun = await catalog.DryRunAsync(Published);
        Assert.Equal(demo.Count, dryRun.Count);
        Assert.All(dryRun, item => Assert.Empty(SiaSchemas.Errors(item.Envelope, "paramSIA")));
        Assert.All(dryRun, item => Assert.DoesNotContain("secreto-de-sia", item.Envelope, StringComparison.Ordinal));
        var ready = dryRun.Count(i => i.Readiness.IsReady);
        Assert.InRange(ready, 1, demo.Count);
        Assert.Empty(sia.Received);
        await using (var db = database.CreateContext())
        {
            Assert.Equal(0, await db.SiaPublications.CountAsync());
        }

        Assert.Equal(demo.Count, await catalog.QueueCatalogAsync(Published));
        var pass = await services.GetRequiredService<SiaPublisher>().RunOnceAsync(Published);

        Assert.Equal(ready, pass.Accepted);
        Assert.Equal(demo.Count - ready, pass.Incomplete);
        Assert.Equal(ready, sia.Received.Count);
        NoSchemaErrors();
        // Starting again queues nothing new: every procedure has its operation.
        Assert.Equal(0, await catalog.QueueCatalogAsync(Published));
        await using (var db = database.CreateContext())
        {
            var incomplete = await db.SiaPublications.Where(p => p.State == SiaPublicationState.Incomplete).Select(p => p.Reason).ToListAsync();
            Assert.All(incomplete, reason => Assert.Contains("falta:", reason, StringComparison.Ordinal));
        }
    }
}

public sealed class SqliteSiaPublishingTests(SqliteTestDatabase database, LocalSiaServer sia)
    : SiaPublishingTests(database, sia), IClassFixture<SqliteTestDatabase>, IClassFixture<LocalSiaServer>;

public sealed class PostgresSiaPublishingTests(PostgresTestDatabase database, LocalSiaServer sia)
    : SiaPublishingTests(database, sia), IClassFixture<PostgresTestDatabase>, IClassFixture<LocalSiaServer>;
