using Catalog.Domain.Reconciliation;
using Catalog.Sync.Scheduling;
using Catalog.Sync.Tests.Reconciliation;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Catalog.Sync.Tests.Scheduling;

/// <summary>The Quartz job as the hosts run it: the RAM store on SQLite, the clustered ADO store (QuartzTables) on PostgreSQL.</summary>
public abstract class SyncSchedulingTests(TestDatabase database) : IAsyncLifetime
{
    private readonly ScriptedMirror _mirror = new();

    public async Task InitializeAsync()
    {
        if (database.UnavailableReason is null)
        {
            await ReconciliationDatabase.ResetAsync(database);
            await using var db = database.CreateContext();
            await db.Database.ExecuteSqlRawAsync(database.Provider == Db.DatabaseProvider.PostgreSql
                ? "DELETE FROM qrtz_fired_triggers; DELETE FROM qrtz_simple_triggers; DELETE FROM qrtz_cron_triggers; DELETE FROM qrtz_triggers; DELETE FROM qrtz_job_details; DELETE FROM qrtz_scheduler_state;"
                : "SELECT 1");
            _mirror.Entries.Add(Scenario.Sia());
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<SyncRun>> RunsAsync()
    {
        await using var db = database.CreateContext();
        return await db.SyncRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
    }

    [SkippableFact]
    public async Task A_requested_run_executes_through_the_job_and_is_recorded_with_its_request()
    {
        using var host = SchedulingHost.Build(database, _mirror);
        await host.StartAsync();

        await host.Services.GetRequiredService<SyncRequests>().RequestAsync(SyncTrigger.Api, dryRun: true, full: true, Scenario.Council, "editor@alcobendas");

        await SchedulingHost.EventuallyAsync(async () => (await RunsAsync()).Any(r => r.Outcome != SyncOutcome.Running), what: "the requested run");
        await host.StopAsync();
        var run = Assert.Single(await RunsAsync());
        Assert.Equal((SyncTrigger.Api, true, true, "28006", "editor@alcobendas", SyncOutcome.Succeeded),
            (run.Trigger, run.DryRun, run.Full, run.MunicipalityFilter, run.RequestedBy, run.Outcome));
    }

    [SkippableFact]
    public async Task A_shutdown_during_a_run_cancels_it_cleanly_and_records_it_cancelled()
    {
        _mirror.Gate = new SemaphoreSlim(0);
        using var host = SchedulingHost.Build(database, _mirror);
        await host.StartAsync();
        await host.Services.GetRequiredService<SyncRequests>().RequestAsync(SyncTrigger.Manual, false, false, null, "operator");
        await _mirror.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await host.StopAsync();

        var run = Assert.Single(await RunsAsync());
        Assert.Equal(SyncOutcome.Cancelled, run.Outcome);
        await using var db = database.CreateContext();
        Assert.Empty(await db.SiaEntries.ToListAsync());
    }

    [SkippableFact]
    public async Task With_scheduling_disabled_in_the_api_the_scheduler_does_not_run_jobs()
    {
        using var host = SchedulingHost.Build(database, _mirror, new Dictionary<string, string?> { ["Sync:Schedule:Enabled"] = "false" }, inProcess: true);
        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();

        Assert.NotEqual(Quartz.SchedulerStatus.Running, scheduler.Status);
        await host.StopAsync();
    }

    [SkippableFact]
    public async Task The_schedule_fires_on_the_configured_cron_and_time_zone_and_skips_missed_fires()
    {
        using var host = SchedulingHost.Build(database, _mirror, new Dictionary<string, string?> { ["Sync:Schedule:Cron"] = "0 15 3 ? * MON" });
        await host.StartAsync();
        var scheduler = await host.Services.GetRequiredService<Quartz.ISchedulerFactory>().GetScheduler();

        var trigger = Assert.IsAssignableFrom<Quartz.ICronTrigger>(await scheduler.GetTrigger(SyncJob.ScheduleKey));
        await host.StopAsync();

        Assert.Equal(("0 15 3 ? * MON", "Europe/Madrid", Quartz.CronTriggerMisfireInstruction.DoNothing),
            (trigger.CronExpressionString, trigger.TimeZone.Id, (Quartz.CronTriggerMisfireInstruction)trigger.MisfireInstruction));
    }

    [SkippableFact]
    public async Task A_catch_up_is_due_when_no_run_ever_succeeded()
        => Assert.True(await SyncCatchUp.IsDueAsync(database.Factory, new SyncScheduleOptions(), DateTimeOffset.UtcNow, CancellationToken.None));

    [SkippableFact]
    public async Task No_catch_up_is_due_within_one_period_of_the_last_successful_run()
    {
        await AddRunAsync(SyncOutcome.Succeeded, DateTimeOffset.UtcNow.AddHours(-20));
        Assert.False(await SyncCatchUp.IsDueAsync(database.Factory, new SyncScheduleOptions(), DateTimeOffset.UtcNow, CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_catch_up_is_due_when_the_last_successful_run_is_older_than_one_period()
    {
        await AddRunAsync(SyncOutcome.Succeeded, DateTimeOffset.UtcNow.AddHours(-30));
        await AddRunAsync(SyncOutcome.Failed, DateTimeOffset.UtcNow.AddHours(-1));
        Assert.True(await SyncCatchUp.IsDueAsync(database.Factory, new SyncScheduleOptions(), DateTimeOffset.UtcNow, CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_catch_up_is_due_when_the_last_run_lies_in_the_future_after_a_clock_jump()
    {
        await AddRunAsync(SyncOutcome.Succeeded, DateTimeOffset.UtcNow.AddDays(2));
        Assert.True(await SyncCatchUp.IsDueAsync(database.Factory, new SyncScheduleOptions(), DateTimeOffset.UtcNow, CancellationToken.None));
    }

    [SkippableFact]
    public async Task At_start_up_an_overdue_sync_runs_once()
    {
        using var host = SchedulingHost.Build(database, _mirror, new Dictionary<string, string?> { ["Sync:Schedule:CatchUpAtStart"] = "true" });
        var catchUp = ActivatorUtilities.CreateInstance<SyncCatchUp>(host.Services);
        await host.StartAsync();

        Assert.True(await catchUp.CatchUpAsync(CancellationToken.None));

        await SchedulingHost.EventuallyAsync(async () => (await RunsAsync()).Any(r => r.Outcome == SyncOutcome.Succeeded), what: "the catch-up run");
        await host.StopAsync();
        Assert.Equal(SyncTrigger.Startup, (await RunsAsync()).First().Trigger);
    }

    private async Task AddRunAsync(SyncOutcome outcome, DateTimeOffset startedAt)
    {
        var run = new SyncRun(SyncTrigger.Schedule, false, false, null, null, startedAt);
        if (outcome == SyncOutcome.Succeeded)
        {
            run.Succeed(startedAt.AddMinutes(1));
        }
        else
        {
            run.Fail("test", startedAt.AddMinutes(1));
        }

        await ReconciliationDatabase.AddAsync(database, run);
    }
}

public sealed class SqliteSyncSchedulingTests(SqliteTestDatabase database) : SyncSchedulingTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresSyncSchedulingTests(PostgresTestDatabase database) : SyncSchedulingTests(database), IClassFixture<PostgresTestDatabase>;
