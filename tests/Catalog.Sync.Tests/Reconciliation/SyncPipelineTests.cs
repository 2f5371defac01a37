using Catalog.Db;
using Catalog.Domain.CityCatalog;
using Catalog.Domain.Codes;
using Catalog.Domain.Reconciliation;
using Catalog.Sync.Reconciliation;
using Catalog.Sync.Runs;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Catalog.Sync.Tests.Reconciliation;

/// <summary>A whole sync run on a real database: recording, idempotence, dry runs and every fault of the issue.</summary>
public abstract class SyncPipelineTests(TestDatabase database) : IAsyncLifetime
{
    private readonly ScriptedMirror _mirror = new();
    private readonly AdjustableClock _clock = new(Build.Now.AddHours(1));

    public async Task InitializeAsync()
    {
        if (database.UnavailableReason is null)
        {
            await ReconciliationDatabase.ResetAsync(database);
            var drifting = Scenario.Sia();
            drifting.SilenceEffect = new("1", "Estimatorio");
            _mirror.Entries.AddRange([drifting, Scenario.Sia("9900005", "Tarjeta de estacionamiento"), Scenario.Sia("9900006", "Cédula urbanística")]);
            await ReconciliationDatabase.AddAsync(database, Scenario.Procedure(), Scenario.Procedure("Cédula urbanística", sia: "9900006"));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private SyncPipeline Pipeline() => new(database.Factory, _mirror, new ReconciliationEngine(_clock), _clock, NullLogger<SyncPipeline>.Instance);

    private Task<SyncRunOutcome> RunAsync(SyncRequest? request = null, CancellationToken cancellationToken = default)
        => Pipeline().RunAsync(request ?? new SyncRequest(SyncTrigger.Manual, RequestedBy: "tester"), null, cancellationToken);

    private async Task<(int Sia, int Discrepancies, int Runs)> CountAsync()
    {
        await using var db = database.CreateContext();
        return (await db.SiaEntries.CountAsync(), await db.Discrepancies.CountAsync(), await db.SyncRuns.CountAsync());
    }

    [SkippableFact]
    public async Task A_run_is_recorded_with_its_trigger_sources_changes_and_discrepancies()
    {
        var outcome = await RunAsync();

        await using var db = database.CreateContext();
        var run = await db.SyncRuns.SingleAsync();
        Assert.Equal((SyncOutcome.Succeeded, SyncTrigger.Manual, "tester"), (run.Outcome, run.Trigger, run.RequestedBy));
        Assert.Equal(new ChangeCounts(3, 0, 0), run.SiaEntries);
        var source = Assert.Single(run.Sources);
        Assert.False(source.Skipped);
        Assert.NotNull(source.ContentHash);
        // Drift on 9900001, and 9900005 belongs to the council but no procedure has it.
        Assert.Equal(2, run.DiscrepanciesOpened);
        Assert.Equal(2, await db.Discrepancies.CountAsync(d => d.OpenedByRunId == run.Id));
        Assert.NotNull(run.FinishedAt);
        Assert.True(outcome.Succeeded);
    }

    [SkippableFact]
    public async Task A_second_run_on_unchanged_inputs_writes_nothing_but_its_run_record()
    {
        await RunAsync();
        var before = await CountAsync();

        var second = await RunAsync(new SyncRequest(SyncTrigger.Manual, Full: true));

        Assert.True(second.Succeeded);
        Assert.Equal(0, second.RowsWritten);
        Assert.Equal((0, 0, 0), (second.Run.DiscrepanciesOpened, second.Run.DiscrepanciesClosed, second.Run.DiscrepanciesUpdated));
        Assert.Equal(before with { Runs = before.Runs + 1 }, await CountAsync());
    }

    [SkippableFact]
    public async Task An_incremental_run_skips_unchanged_sources()
    {
        await RunAsync();

        var second = await RunAsync();

        Assert.True(Assert.Single(second.Run.Sources).Skipped);
        Assert.Equal(0, second.Run.MunicipalitiesReconciled);
    }

    [SkippableFact]
    public async Task A_dry_run_writes_only_its_run_record_with_what_would_have_changed()
    {
        var outcome = await RunAsync(new SyncRequest(SyncTrigger.Command, DryRun: true));

        Assert.True(outcome.Succeeded);
        Assert.Equal((2, new ChangeCounts(3, 0, 0)), (outcome.Run.DiscrepanciesOpened, outcome.Run.SiaEntries));
        Assert.Equal((0, 0, 1), await CountAsync());
        await using var db = database.CreateContext();
        Assert.Empty(await db.RegistrySources.ToListAsync());
    }

    [SkippableFact]
    public async Task A_source_failing_midway_leaves_everything_as_it_was_and_the_next_run_succeeds()
    {
        _mirror.Midway = _ => throw new HttpRequestException("Connection reset by the SIA web service");

        var failed = await RunAsync();

        Assert.Equal(SyncOutcome.Failed, failed.Run.Outcome);
        Assert.Contains("Connection reset by the SIA web service", failed.Run.Error);
        Assert.Equal((0, 0, 1), await CountAsync());
        _mirror.Midway = null;
        Assert.True((await RunAsync()).Succeeded);
        Assert.Equal(3, (await CountAsync()).Sia);
    }

    [SkippableFact]
    public async Task A_corrupt_source_fails_the_run_with_the_reason()
    {
        _mirror.Midway = _ => throw new InvalidDataException("sia.xml, line 12: unexpected end of file in ACTUACION");

        var failed = await RunAsync();

        Assert.Equal(SyncOutcome.Failed, failed.Run.Outcome);
        Assert.Contains("sia.xml, line 12", failed.Run.Error);
        Assert.Equal((0, 0, 1), await CountAsync());
    }

    [SkippableFact]
    public async Task The_database_going_away_midrun_fails_the_run_with_nothing_saved_and_the_next_run_succeeds()
    {
        _mirror.Midway = LoseConnectionAsync;

        var failed = await RunAsync();

        Assert.Equal(SyncOutcome.Failed, failed.Run.Outcome);
        Assert.False(string.IsNullOrWhiteSpace(failed.Run.Error));
        Assert.Equal((0, 0, 1), await CountAsync());
        _mirror.Midway = null;
        Assert.True((await RunAsync()).Succeeded);
    }

    [SkippableFact]
    public async Task A_run_cancelled_by_shutdown_is_recorded_cancelled_with_nothing_saved()
    {
        using var shutdown = new CancellationTokenSource();
        _mirror.Midway = _ =>
        {
            shutdown.Cancel();
            return Task.CompletedTask;
        };

        var cancelled = await RunAsync(cancellationToken: shutdown.Token);

        Assert.Equal(SyncOutcome.Cancelled, cancelled.Run.Outcome);
        Assert.Equal((0, 0, 1), await CountAsync());
        await using var db = database.CreateContext();
        Assert.Equal(SyncOutcome.Cancelled, (await db.SyncRuns.SingleAsync()).Outcome);
    }

    [SkippableFact]
    public async Task Two_runs_started_at_once_never_overlap_and_both_are_recorded()
    {
        using var gate = new SemaphoreSlim(0);
        _mirror.Gate = gate;

        var first = Task.Run(() => RunAsync());
        var second = Task.Run(() => RunAsync());
        await Task.Delay(1000);
        gate.Release(2);
        var outcomes = await Task.WhenAll(first, second);

        Assert.Equal(1, _mirror.MaxConcurrent);
        Assert.Contains(outcomes, o => o.Succeeded);
        Assert.All(outcomes, o => Assert.True(o.Succeeded || o.Run.Error!.Contains("in progress", StringComparison.Ordinal), o.Run.Error));
        await using var db = database.CreateContext();
        Assert.DoesNotContain(await db.SyncRuns.ToListAsync(), r => r.Outcome == SyncOutcome.Running);
    }

    [SkippableFact]
    public async Task A_clock_jumping_back_makes_the_next_run_reconcile_everything()
    {
        await RunAsync();
        _clock.Now = Build.Now.AddDays(-1);
        await ReconciliationDatabase.AddAsync(database, Build.CityProcedure(Build.Malaga, "Licencia de Málaga", siaCode: null, unit: Scenario.OtherCouncilUnit));

        var after = await RunAsync();

        Assert.True(after.Succeeded);
        Assert.Equal(2, after.Run.MunicipalitiesReconciled);
        await using var db = database.CreateContext();
        Assert.Contains(await db.Discrepancies.ToListAsync(), d => d.MunicipalityIneCode == Build.Malaga.Value);
    }

    [SkippableFact]
    public async Task An_incremental_run_reconciles_only_municipalities_whose_catalog_changed()
    {
        await RunAsync();
        await AddMalagaProcedureAfterTheRunAsync();

        var second = await RunAsync();

        Assert.Equal(1, second.Run.MunicipalitiesReconciled);
        Assert.True(second.Run.DiscrepanciesOpened > 0);
    }

    [SkippableFact]
    public async Task A_run_for_one_municipality_does_not_hide_changes_elsewhere_from_the_next_incremental_run()
    {
        await RunAsync();
        await AddMalagaProcedureAfterTheRunAsync();
        await RunAsync(new SyncRequest(SyncTrigger.Command, Municipality: Build.Alcobendas.Value));
        _clock.Now = _clock.Now.AddHours(1);

        await RunAsync();

        await using var db = database.CreateContext();
        Assert.Contains(await db.Discrepancies.ToListAsync(), d => d.MunicipalityIneCode == Build.Malaga.Value);
    }

    [SkippableFact]
    public async Task An_incremental_run_reconciles_the_municipality_of_a_changed_sia_entry()
    {
        await RunAsync();
        _clock.Now = _clock.Now.AddHours(1);
        _mirror.Entries[0].SilenceEffect = new("2", "Desestimatorio");

        var second = await RunAsync();

        Assert.Equal((1, 1), (second.Run.MunicipalitiesReconciled, second.Run.DiscrepanciesClosed));
    }

    [SkippableFact]
    public async Task A_run_for_an_unknown_municipality_fails_saying_so()
    {
        var outcome = await RunAsync(new SyncRequest(SyncTrigger.Command, Municipality: "52999"));

        Assert.Equal(SyncOutcome.Failed, outcome.Run.Outcome);
        Assert.Contains(MunicipalityCode.UnknownMessage(IneCode.Parse("52999")), outcome.Run.Error, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("2807")]
    [InlineData("280795")]
    [InlineData("EA0003024")]
    public async Task A_run_for_a_malformed_municipality_code_fails_with_the_parsers_message(string code)
    {
        var outcome = await RunAsync(new SyncRequest(SyncTrigger.Command, Municipality: code));

        Assert.Equal(SyncOutcome.Failed, outcome.Run.Outcome);
        Assert.False(MunicipalityCode.TryParse(code, out _, out var message));
        Assert.Contains(message, outcome.Run.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_run_for_one_municipality_accepts_its_council_dir3_code()
    {
        var outcome = await RunAsync(new SyncRequest(SyncTrigger.Command, Municipality: Scenario.Council));

        Assert.True(outcome.Succeeded);
        Assert.Equal(1, outcome.Run.MunicipalitiesReconciled);
    }

    /// <summary>Málaga's catalog changes an hour after the last run, and the clock moves an hour past that.</summary>
    private async Task AddMalagaProcedureAfterTheRunAsync()
    {
        var changedAt = _clock.Now.AddHours(1);
        var malaga = new CityProcedure(Build.Malaga, "Licencia de Málaga", Build.Attributes(), changedAt);
        malaga.AssignResponsibleUnit(Dir3Code.Parse(Scenario.OtherCouncilUnit), changedAt);
        await ReconciliationDatabase.AddAsync(database, malaga);
        _clock.Now = changedAt.AddHours(1);
    }

    private async Task LoseConnectionAsync(CatalogDbContext db)
    {
        if (db.Provider == DatabaseProvider.PostgreSql)
        {
            var pid = await db.Database.SqlQueryRaw<int>("SELECT pg_backend_pid() AS \"Value\"").SingleAsync();
            await using var admin = new NpgsqlConnection(database.Options.ConnectionString);
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand($"SELECT pg_terminate_backend({pid})", admin);
            await kill.ExecuteScalarAsync();
        }
        else
        {
            await db.Database.GetDbConnection().CloseAsync();
        }
    }
}

public sealed class SqliteSyncPipelineTests(SqliteTestDatabase database) : SyncPipelineTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresSyncPipelineTests(PostgresTestDatabase database) : SyncPipelineTests(database), IClassFixture<PostgresTestDatabase>;
