using System.Diagnostics;
using Catalog.Db;
using Catalog.Sync.Registries.Mirror;
using Catalog.Sync.Registries.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Catalog.Sync.Registries;

/// <summary>
/// <c>load dir3|sia &lt;file&gt; [--name NAME] [--partial] [--force]</c>: loads one registry file (or folder of DIR3
/// CSV files) into the mirror by hand, with progress on stderr and a summary on stdout. A file whose SHA-256 is the one
/// last loaded under the same name is skipped unless <c>--force</c>; <c>--partial</c> loads an incremental file (no row
/// is marked gone). Exits 1 when the file cannot be loaded, leaving the mirror unchanged.
/// </summary>
public static class LoadCommand
{
    /// <summary>The command's usage line.</summary>
    public const string Usage = "load dir3|sia <file> [--name NAME] [--partial] [--force]";

    /// <summary>The command's one-line help.</summary>
    public const string Help = "load a DIR3 list/CSV folder or a SIA XML/CSV file into the registry mirror";

    /// <summary>Runs the command: 0 loaded or unchanged, 1 not loaded, 2 usage error.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length < 2 || !Enum.TryParse<Registry>(args[0], ignoreCase: true, out var registry))
        {
            await Console.Error.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        var options = new RegistrySourceOptions
        {
            Registry = registry,
            Type = RegistrySourceType.File,
            Location = args[1],
            Name = OptionValue(args, "--name") ?? $"manual-{registry.ToString().ToLowerInvariant()}-{Path.GetFileName(Path.TrimEndingDirectorySeparator(args[1]))}",
            FullList = !args.Contains("--partial"),
        };

        var factory = services.GetRequiredService<CatalogDbContextFactory>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Catalog.Sync.Load");
        await CatalogDatabaseInitializer.InitializeAsync(factory, migrate: true, seed: false, includeDemo: false, TimeProvider.System, logger, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await using var content = await new FileRegistrySource(options).FetchAsync(cancellationToken);
            await using var db = factory.CreateDbContext();
            var loader = new MirrorLoader(db, services.GetService<TimeProvider>() ?? TimeProvider.System);
            if (!args.Contains("--force") && await loader.IsUnchangedAsync(content, cancellationToken))
            {
                Console.WriteLine($"Source {options.Name} is unchanged since its last load (SHA-256 {content.ContentHash}); nothing to do. Use --force to load it again.");
                return 0;
            }

            var progress = new Progress<MirrorLoadProgress>(p =>
                Console.Error.Write($"\r{p.Phase}: {p.RowsRead:N0} rows read, {p.RowsRejected:N0} rejected, {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s   "));
            var result = await loader.LoadAsync(content, progress: progress, cancellationToken: cancellationToken);
            await Console.Error.WriteLineAsync();
            PrintSummary(result);
            return 0;
        }
        catch (Exception e) when (e is RegistryFormatException or RegistrySourceException)
        {
            await Console.Error.WriteLineAsync();
            await Console.Error.WriteLineAsync($"Not loaded: {e.Message}");
            await Console.Error.WriteLineAsync("The mirror is unchanged.");
            return 1;
        }
    }

    private static void PrintSummary(MirrorLoadResult result)
    {
        Console.WriteLine($"Source {result.SourceName}: {result.Registry} {result.ContentKind}, SHA-256 {result.ContentHash}");
        Console.WriteLine($"Rows read {result.RowsRead:N0}, accepted {result.RowsAccepted:N0}, rejected {result.RowsRejected:N0} in {result.Elapsed.TotalSeconds:F1} s");
        foreach (var (reason, count) in result.RejectedByReason.OrderByDescending(r => r.Value))
        {
            Console.WriteLine($"  rejected, {reason}: {count:N0}");
        }

        foreach (var rejection in result.Rejections.Take(20))
        {
            Console.WriteLine($"    {rejection}");
        }

        if (result.RowsRejected > 20)
        {
            Console.WriteLine($"    … and {result.RowsRejected - 20:N0} more");
        }

        if (result.Registry == Registry.Dir3)
        {
            Console.WriteLine($"Units: added {result.Units.Added:N0}, changed {result.Units.Changed:N0}, gone {result.Units.Gone:N0}; roots {result.RootUnits:N0}, unresolved parents {result.UnresolvedParents:N0}");
            Console.WriteLine($"Offices: added {result.Offices.Added:N0}, changed {result.Offices.Changed:N0}, gone {result.Offices.Gone:N0}; history links added {result.SuccessionsAdded:N0}, office relations written {result.OfficeRelationsAddedOrChanged:N0}");
        }
        else
        {
            Console.WriteLine($"SIA entries: added {result.SiaEntries.Added:N0}, changed {result.SiaEntries.Changed:N0}, gone {result.SiaEntries.Gone:N0}");
        }

        foreach (var (field, count) in result.ChangedFields.OrderByDescending(f => f.Value))
        {
            Console.WriteLine($"  changed field {field}: {count:N0}");
        }
    }

    private static string? OptionValue(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
