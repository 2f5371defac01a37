using Catalog.Db.ChangeFeed;
using Catalog.Domain.ChangeFeed;
using Catalog.Domain.Codes;
using Catalog.Domain.Reconciliation;
using Catalog.Domain.Webhooks;
using Catalog.Sync.Scheduling;
using Catalog.Sync.Tests.Reconciliation;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Catalog.Sync.Tests.Scheduling;

/// <summary>
/// Two real worker processes on one PostgreSQL database, clustered through the Quartz tables: a run asked for now
/// executes exactly once, and when the node executing it is killed the other node recovers the job. Skipped without
/// <c>CATALOG_TEST_POSTGRES</c>, like every PostgreSQL test.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SyncClusterTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        if (database.UnavailableReason is null)
        {
            await ReconciliationDatabase.ResetAsync(database);
            await using var db = database.CreateContext();
            await db.Database.ExecuteSqlRawAsync(
                "DELETE FROM qrtz_fired_triggers; DELETE FROM qrtz_simple_triggers; DELETE FROM qrtz_cron_triggers; DELETE FROM qrtz_triggers; DELETE FROM qrtz_job_details; DELETE FROM qrtz_scheduler_state; DELETE FROM \"WebhookDeliveries\"; DELETE FROM \"WebhookEndpoints\";");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<SyncRun>> RunsAsync()
    {
        await using var db = database.CreateContext();
        return await db.SyncRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
    }

    /// <summary>Asks for a run through a scheduler that does not execute jobs itself, as an API replica would.</summary>
    private async Task RequestRunAsync()
    {
        using var client = SchedulingHost.Build(database, new ScriptedMirror(), new Dictionary<string, string?> { ["Sync:Schedule:Enabled"] = "false" }, inProcess: true);
        await client.StartAsync();
        await client.Services.GetRequiredService<SyncRequests>().RequestAsync(SyncTrigger.Api, false, false, null, "cluster-test");
        await client.StopAsync();
    }

    [SkippableFact]
    public async Task Two_workers_on_one_database_execute_a_run_requested_now_exactly_once()
    {
        var connection = database.Options.ConnectionString;
        await using var registry = new SlowRegistryServer(TimeSpan.FromSeconds(2));
        using var a = new WorkerProcess("worker-a", connection, registry.Url);
        using var b = new WorkerProcess("worker-b", connection, registry.Url);
        await WaitForCheckInsAsync(a, b);

        await RequestRunAsync();

        // Once the requested trigger is gone and no node holds a fired trigger, no node can execute it again.
        await WaitWhileRunningAsync("the run to succeed and its trigger to be done", 120, async () =>
            (await RunsAsync()).Any(r => r.Outcome == SyncOutcome.Succeeded) && await PendingTriggersAsync() == 0, a, b);
        var run = Assert.Single(await RunsAsync());
        Assert.Contains(run.Node, new[] { a.InstanceId, b.InstanceId });
        Assert.Equal(1, registry.Requests);
    }

    [SkippableFact]
    public async Task When_the_worker_executing_a_run_is_killed_the_other_recovers_the_job()
    {
        var connection = database.Options.ConnectionString;
        await using var registry = new SlowRegistryServer(TimeSpan.FromSeconds(6));
        using var a = new WorkerProcess("worker-a", connection, registry.Url);
        using var b = new WorkerProcess("worker-b", connection, registry.Url);
        await WaitForCheckInsAsync(a, b);
        await RequestRunAsync();
        await WaitWhileRunningAsync("the run to start", 120, async () =>
            registry.Requests > 0 && (await RunsAsync()).Any(r => r.Outcome == SyncOutcome.Running), a, b);
        var first = Assert.Single(await RunsAsync());
        var (victim, survivor) = first.Node == a.InstanceId ? (a, b) : (b, a);

        victim.Kill();

        await WaitWhileRunningAsync("the survivor to recover the run", 120, async () =>
            (await RunsAsync()).Any(r => r.Outcome == SyncOutcome.Succeeded), survivor);
        var runs = await RunsAsync();
        var recovered = Assert.Single(runs, r => r.Outcome == SyncOutcome.Succeeded);
        Assert.Equal(survivor.InstanceId, recovered.Node);
        var abandoned = Assert.Single(runs, r => r.Id == first.Id);
        Assert.Equal(SyncOutcome.Failed, abandoned.Outcome);
        Assert.Contains("Abandoned", abandoned.Error);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.SiaEntries.CountAsync());
    }

    [SkippableFact]
    public async Task Two_workers_on_one_database_deliver_each_webhook_event_once_in_order()
    {
        var connection = database.Options.ConnectionString;
        await using var registry = new SlowRegistryServer(TimeSpan.Zero);
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Webhooks__AllowPrivateNetworks"] = "true",
            ["Webhooks__PollInterval"] = "00:00:00.200",
            // Small batches, so both workers compete for the endpoint many times while the events go out.
            ["Webhooks__BatchSize"] = "10",
        };
        using var a = new WorkerProcess("worker-a", connection, registry.Url, settings);
        using var b = new WorkerProcess("worker-b", connection, registry.Url, settings);
        await WaitForCheckInsAsync(a, b);

        const int Events = 400;
        await using (var db = database.CreateContext())
        {
            await ChangeFeedSequencer.SequenceAsync(db);
            var end = await db.CatalogChanges.MaxAsync(c => c.Position) ?? 0;
            db.WebhookEndpoints.Add(new WebhookEndpoint(receiver.Url, "whsec_cluster", "28006", [], null, "test", DateTimeOffset.UtcNow, end));
            await db.SaveChangesAsync();
            // Written in several commits while the workers are already sending.
            for (var batch = 0; batch < 4; batch++)
            {
                db.CatalogChanges.AddRange(Enumerable.Range(0, Events / 4).Select(i =>
                    new CatalogChange("CityProcedure", (batch * 1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), CatalogChangeKind.Updated, ["localName"], "28006", DateTimeOffset.UtcNow)));
                await db.SaveChangesAsync();
                await Task.Delay(300);
            }
        }

        await WaitWhileRunningAsync($"{Events} webhook events to arrive", 120, () => Task.FromResult(receiver.Accepted.Count >= Events), a, b);
        await Task.Delay(1500);
        var received = receiver.Received.Select(r => r.Event.GetProperty("subject").GetString()).ToList();
        Assert.Equal(Events, received.Count);
        var expected = Enumerable.Range(0, 4).SelectMany(batch => Enumerable.Range(0, Events / 4)
            .Select(i => RelayId.Encode("CityProcedure", (batch * 1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(expected, received);
    }

    /// <summary>Triggers other than the nightly schedule, and fired triggers a node holds: what is left to execute.</summary>
    private async Task<int> PendingTriggersAsync()
    {
        await using var db = database.CreateContext();
        var triggers = await db.Database.SqlQuery<int>(
            $"SELECT COUNT(*)::int AS \"Value\" FROM qrtz_triggers WHERE trigger_name <> {SyncJob.ScheduleKey.Name}").SingleAsync();
        var fired = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*)::int AS \"Value\" FROM qrtz_fired_triggers").SingleAsync();
        return triggers + fired;
    }

    private Task WaitForCheckInsAsync(params WorkerProcess[] workers)
        => WaitWhileRunningAsync("the workers to join the cluster", 180, async () =>
        {
            await using var db = database.CreateContext();
            return await db.Database.SqlQueryRaw<int>("SELECT COUNT(*)::int AS \"Value\" FROM qrtz_scheduler_state").SingleAsync() >= workers.Length;
        }, workers);

    /// <summary>
    /// Waits for <paramref name="condition"/> while the <paramref name="workers"/> keep running: fails at once when one
    /// stops, or after <paramref name="seconds"/>, either way with what each worker printed up to then.
    /// </summary>
    private static Task WaitWhileRunningAsync(string what, int seconds, Func<Task<bool>> condition, params WorkerProcess[] workers)
        => SchedulingHost.EventuallyAsync(async () =>
        {
            WorkerProcess.AssertRunning(workers);
            return await condition();
        }, seconds, () => $"{what}; worker output:{Environment.NewLine}{WorkerProcess.OutputOf(workers)}");
}

/// <summary>
/// The cluster tests start real worker processes and wait on them; they run alone, after the parallel tests, so a
/// loaded machine does not starve the workers of the time the tests give them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ClusterCollection
{
    public const string Name = "Worker processes";
}
