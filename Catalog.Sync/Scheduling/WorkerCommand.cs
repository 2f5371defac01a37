using System.CommandLine;
using Catalog.Db;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Catalog.Sync.Scheduling;

/// <summary>
/// <c>worker</c>: a long-running sync node for scaled deployments. It brings the database to the latest migration,
/// then runs the Quartz scheduler until stopped (Ctrl+C or SIGTERM); on PostgreSQL and SQL Server any number of
/// workers share the clustered job store, so each scheduled run happens once.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create() => new SyncCommand("worker", "run the scheduled sync (clustered on PostgreSQL/SQL Server) until stopped", RunAsync);

    private static async Task<int> RunAsync(SyncCommandContext context)
    {
        var cancellationToken = context.Cancellation;
        var services = context.Services;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddConfiguration(services.GetRequiredService<IConfiguration>());
        // A worker's log is its output: Information, without every SQL statement unless --verbose.
        SyncCommandLine.ConfigureLogging(builder.Logging, builder.Services, LogLevel.Information, context.Verbose ? LogLevel.Information : LogLevel.Warning);
        builder.Services.AddCatalogDatabase(builder.Configuration);
        builder.Services.AddCatalogSync(builder.Configuration, inProcess: false);
        using var host = builder.Build();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Catalog.Sync.Worker");
        var contexts = host.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>();
        var clock = host.Services.GetRequiredService<TimeProvider>();
        var includeDemo = CatalogSettings.SeedsDemoData(builder.Configuration, host.Services.GetRequiredService<IHostEnvironment>());
        await CatalogDatabaseInitializer.InitializeAsync(contexts, migrate: true, seed: true, includeDemo, clock, logger, cancellationToken);

        await host.RunAsync(cancellationToken);
        return 0;
    }
}
