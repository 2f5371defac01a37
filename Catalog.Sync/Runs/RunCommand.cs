using Catalog.Db;
using Catalog.Domain.Reconciliation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Catalog.Sync.Runs;

/// <summary><c>run [--dry-run] [--full] [--municipality X]</c>: one sync run now, in this process, printing progress.</summary>
internal static class RunCommand
{
    public const string Usage = "run [--dry-run] [--full] [--municipality X]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken)
    {
        bool dryRun = false, full = false;
        string? municipality = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--dry-run": dryRun = true; break;
                case "--full": full = true; break;
                case "--municipality" when i + 1 < args.Length: municipality = args[++i]; break;
                default:
                    await Console.Error.WriteLineAsync($"Unknown or incomplete option '{args[i]}'. Usage: {Usage}");
                    return 2;
            }
        }

        // Like the other commands, bring the database up to date first: a run needs the municipalities seeded.
        await CatalogDatabaseInitializer.InitializeAsync(services.GetRequiredService<CatalogDbContextFactory>(), migrate: true, seed: true, includeDemo: false,
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<ILoggerFactory>().CreateLogger("Catalog.Sync.Run"), cancellationToken);
        var pipeline = services.GetRequiredService<SyncPipeline>();
        var progress = new SynchronousProgress(line => Console.WriteLine($"{DateTime.Now:HH:mm:ss} {line}"));
        var outcome = await pipeline.RunAsync(new SyncRequest(SyncTrigger.Command, dryRun, full, municipality, Environment.UserName), progress, cancellationToken);
        return outcome.Succeeded ? 0 : 1;
    }

    /// <summary>Prints as it is told, in order (Progress&lt;T&gt; would post to the thread pool and could reorder lines).</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
