using Catalog.Db;
using Catalog.Sync.Reconciliation;
using Catalog.Sync.Registries.Sources;
using Catalog.Sync.Runs;
using Catalog.Sync.SiaPublishing;
using Catalog.Sync.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace Catalog.Sync.Scheduling;

public static class SyncServiceCollectionExtensions
{
    /// <summary>The Quartz scheduler's name: every node of a cluster shares it.</summary>
    public const string SchedulerName = "Catalog.Sync";

    /// <summary>
    /// Registers the sync pipeline (fetch, mirror, reconcile, record) without any scheduling: what the one-shot
    /// <c>run</c> command needs. Requires the catalog database to be registered.
    /// </summary>
    public static IServiceCollection AddSyncPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new ReconciliationEngine(sp.GetRequiredService<TimeProvider>()));
        if (!services.Any(d => d.ServiceType == typeof(RegistrySources)))
        {
            services.AddRegistrySources(configuration);
        }

        services.TryAddTransient<IMirrorRefresh, RegistryMirrorRefresh>();
        services.TryAddTransient<SyncPipeline>();
        services.AddOptions<SyncScheduleOptions>().Bind(configuration.GetSection(SyncScheduleOptions.Section));
        if (!services.Any(d => d.ServiceType == typeof(SiaPublisher)))
        {
            services.AddSiaPublishing(configuration);
        }

        return services;
    }

    /// <summary>
    /// Registers the pipeline and its Quartz scheduling: the <see cref="SyncJob"/> on the configured cron, a clustered
    /// ADO job store on PostgreSQL and SQL Server (on the tables of the <c>QuartzTables</c> migration), the in-memory
    /// store and a start-up catch-up run on SQLite, and <see cref="SyncRequests"/> to run it now.
    /// </summary>
    /// <param name="inProcess">
    /// True inside the API host (the embedded default), where <c>Sync:Schedule:Enabled = false</c> turns the scheduled
    /// runs off for API replicas of a scaled deployment (they can still request runs, which the workers execute);
    /// false in the dedicated worker, which always runs them.
    /// </param>
    public static IServiceCollection AddCatalogSync(this IServiceCollection services, IConfiguration configuration, bool inProcess)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSyncPipeline(configuration);
        services.AddWebhookDelivery(configuration);
        var schedule = configuration.GetSection(SyncScheduleOptions.Section).Get<SyncScheduleOptions>() ?? new SyncScheduleOptions();
        var runsHere = !inProcess || schedule.Enabled;
        var database = CatalogDatabaseOptions.FromConfiguration(configuration);
        var cron = schedule.ResolveCron();
        services.TryAddSingleton<SyncRequests>();
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = SchedulerName;
                scheduler.IdleWaitTime = schedule.IdlePollInterval;
                if (!string.IsNullOrWhiteSpace(schedule.InstanceId))
                {
                    scheduler.InstanceId = schedule.InstanceId;
                }

                // Cancelling a run rolls it back and records it cancelled; waiting lets it finish first.
                scheduler.ShutdownJobInterruption = schedule.WaitForRunAtShutdown ? ShutdownJobInterruption.Never : ShutdownJobInterruption.WhenWaitingForJobs;
            });
            quartz.AddJob<SyncJob>(job => job.WithIdentity(SyncJob.Key).StoreDurably().RequestRecovery()
                .WithDescription("Refresh the registry mirror and reconcile the city catalogs"));
            quartz.AddTrigger(trigger => trigger.ForJob(SyncJob.Key).WithIdentity(SyncJob.ScheduleKey)
                .WithDescription($"Sync on '{schedule.Cron}' ({schedule.TimeZone})")
                .WithCronSchedule(cron.CronExpressionString, c => c.InTimeZone(cron.TimeZone).WithMisfireInstruction(
                    schedule.Misfire == SyncMisfirePolicy.RunOnce ? CronTriggerMisfireInstruction.FireAndProceed : CronTriggerMisfireInstruction.DoNothing)));
            switch (database.Provider)
            {
                case DatabaseProvider.PostgreSql:
                    quartz.UsePersistentStore(store =>
                    {
                        store.UsePostgres(database.ConnectionString);
                        ConfigureClusteredStore(store, schedule);
                    });
                    break;
                case DatabaseProvider.SqlServer:
                    quartz.UsePersistentStore(store =>
                    {
                        store.UseSqlServer(database.ConnectionString);
                        ConfigureClusteredStore(store, schedule);
                    });
                    break;
                default:
                    quartz.UseInMemoryStore(_ => { });
                    break;
            }
        });
        services.AddQuartzHostedService(options =>
        {
            options.AutoStart = runsHere;
            options.WaitForJobsToComplete = true;
        });
        if (runsHere && database.Provider == DatabaseProvider.Sqlite && schedule.CatchUpAtStart)
        {
            services.AddHostedService<SyncCatchUp>();
        }

        return services;
    }

    private static void ConfigureClusteredStore(IPersistentStoreBuilder store, SyncScheduleOptions schedule)
    {
        store.UseClustering(clustering =>
        {
            clustering.CheckinInterval = schedule.ClusterCheckinInterval;
            clustering.CheckinMisfireThreshold = schedule.ClusterCheckinInterval * 2;
        });
        // The tables come from the QuartzTables migration; Quartz only checks they are there.
        store.ConfigureStore(options =>
        {
            options.StoreJobDataAsStrings = true;
            options.SchemaProvisioning = SchemaProvisioning.Validate;
        });
    }
}
