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
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddConfiguration(services.GetRequiredService<IConfiguration>());
        builder.Services.AddCatalogDatabase(builder.Configuration);
        builder.Services.AddCatalogSync(builder.Configuration, inProcess: false);
        using var host = builder.Build();
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Catalog.Sync.Worker");
        var contexts = host.Services.GetRequiredService<IDbContextFactory<CatalogDbContext>>();
        var clock = host.Services.GetRequiredService<TimeProvider>();
        await CatalogDatabaseInitializer.InitializeAsync(contexts, migrate: true, seed: true, includeDemo: false, clock, logger, cancellationToken);

        await host.RunAsync(cancellationToken);
        return 0;
    }
}
