using System.CommandLine;
using Catalog.Db;
using Catalog.Domain.Reconciliation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Catalog.Sync.Runs;

/// <summary><c>run [--dry-run] [--full] [--municipality X]</c>: one sync run now, in this process, printing progress.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "roll every change back; record only what would have changed" };
        var full = new Option<bool>("--full") { Description = "load every source even if unchanged, and reconcile every municipality" };
        var municipality = new Option<string?>("--municipality") { Description = "reconcile only this municipality (INE or council DIR3 code)", HelpName = "code" };
        return new SyncCommand("run", "run one sync now (refresh the mirror, reconcile, record the run) and print a summary; exit 1 when it fails", context =>
            RunAsync(context, context.Parse.GetValue(dryRun), context.Parse.GetValue(full), context.Parse.GetValue(municipality)))
        {
            dryRun, full, municipality,
        };
    }

    private static async Task<int> RunAsync(SyncCommandContext context, bool dryRun, bool full, string? municipality)
    {
        var services = context.Services;
        var cancellationToken = context.Cancellation;
        // Like the other commands, bring the database up to date first: a run needs the municipalities seeded, and
        // the demo catalogs where the API would seed them too, so both reconcile the same cities.
        var includeDemo = CatalogSettings.SeedsDemoData(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>());
        await CatalogDatabaseInitializer.InitializeAsync(services.GetRequiredService<CatalogDbContextFactory>(), migrate: true, seed: true, includeDemo,
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILoggerFactory>().CreateLogger("Catalog.Sync.Run"), cancellationToken);
        var pipeline = services.GetRequiredService<SyncPipeline>();
        var output = context.Output;
        var progress = new SynchronousProgress(line => output.WriteLine($"{DateTime.Now:HH:mm:ss} {line}"));
        var outcome = await pipeline.RunAsync(new SyncRequest(SyncTrigger.Command, dryRun, full, municipality, Environment.UserName), progress, cancellationToken);
        if (!outcome.Succeeded)
        {
            await context.Error.WriteLineAsync("The sync run did not succeed; the mirror and the catalogs are as they were.");
        }

        return outcome.Succeeded ? 0 : 1;
    }

    /// <summary>Prints as it is told, in order (Progress&lt;T&gt; would post to the thread pool and could reorder lines).</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
