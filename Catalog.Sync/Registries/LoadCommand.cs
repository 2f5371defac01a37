using System.CommandLine;
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
    /// <summary>The <c>load</c> command: 0 loaded or unchanged, 1 not loaded, 2 usage error.</summary>
    public static Command Create()
    {
        var registry = new Argument<string>("registry") { Description = "which registry the file is from: dir3 or sia" };
        registry.AcceptOnlyFromAmong("dir3", "sia");
        var file = new Argument<string>("file") { Description = "the file (or folder of DIR3 CSV files); a relative path is taken from the current directory" };
        var name = new Option<string?>("--name") { Description = "the source name the mirror keeps its state under (default manual-<registry>-<file name>)" };
        var partial = new Option<bool>("--partial") { Description = "an incremental file: mark nothing gone" };
        var force = new Option<bool>("--force") { Description = "load it even if its SHA-256 is the one last loaded" };
        return new SyncCommand("load", "load a DIR3 list/CSV folder or a SIA XML/CSV file into the registry mirror (progress on stderr, summary on stdout)", context =>
            RunAsync(context, Enum.Parse<Registry>(context.Parse.GetRequiredValue(registry), ignoreCase: true), context.Parse.GetRequiredValue(file),
                context.Parse.GetValue(name), context.Parse.GetValue(partial), context.Parse.GetValue(force)))
        {
            registry, file, name, partial, force,
        };
    }

    private static async Task<int> RunAsync(SyncCommandContext context, Registry registry, string file, string? name, bool partial, bool force)
    {
        var (services, cancellationToken, output, error) = (context.Services, context.Cancellation, context.Output, context.Error);
        var options = new RegistrySourceOptions
        {
            Registry = registry,
            Type = RegistrySourceType.File,
            // A file named on the command line is the one in the directory the command was run in.
            Location = Path.GetFullPath(file),
            Name = name ?? $"manual-{registry.ToString().ToLowerInvariant()}-{Path.GetFileName(Path.TrimEndingDirectorySeparator(file))}",
            FullList = !partial,
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
            if (!force && await loader.IsUnchangedAsync(content, cancellationToken))
            {
                await output.WriteLineAsync($"Source {options.Name} is unchanged since its last load (SHA-256 {content.ContentHash}); nothing to do. Use --force to load it again.");
                return 0;
            }

            var progress = new Progress<MirrorLoadProgress>(p =>
                error.Write($"\r{p.Phase}: {p.RowsRead:N0} rows read, {p.RowsRejected:N0} rejected, {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s   "));
            var result = await loader.LoadAsync(content, progress: progress, cancellationToken: cancellationToken);
            await error.WriteLineAsync();
            PrintSummary(output, result);
            return 0;
        }
        catch (Exception e) when (e is RegistryFormatException or RegistrySourceException)
        {
            await error.WriteLineAsync();
            await error.WriteLineAsync($"Not loaded: {e.Message}");
            await error.WriteLineAsync("The mirror is unchanged.");
            return 1;
        }
    }

    private static void PrintSummary(TextWriter output, MirrorLoadResult result)
    {
        output.WriteLine($"Source {result.SourceName}: {result.Registry} {result.ContentKind}, SHA-256 {result.ContentHash}");
        output.WriteLine($"Rows read {result.RowsRead:N0}, accepted {result.RowsAccepted:N0}, rejected {result.RowsRejected:N0} in {result.Elapsed.TotalSeconds:F1} s");
        foreach (var (reason, count) in result.RejectedByReason.OrderByDescending(r => r.Value))
        {
            output.WriteLine($"  rejected, {reason}: {count:N0}");
        }

        foreach (var rejection in result.Rejections.Take(20))
        {
            output.WriteLine($"    {rejection}");
        }

        if (result.RowsRejected > 20)
        {
            output.WriteLine($"    … and {result.RowsRejected - 20:N0} more");
        }

        if (result.Registry == Registry.Dir3)
        {
            output.WriteLine($"Units: added {result.Units.Added:N0}, changed {result.Units.Changed:N0}, gone {result.Units.Gone:N0}; roots {result.RootUnits:N0}, unresolved parents {result.UnresolvedParents:N0}");
            output.WriteLine($"Offices: added {result.Offices.Added:N0}, changed {result.Offices.Changed:N0}, gone {result.Offices.Gone:N0}; history links added {result.SuccessionsAdded:N0}, office relations written {result.OfficeRelationsAddedOrChanged:N0}");
        }
        else
        {
            output.WriteLine($"SIA entries: added {result.SiaEntries.Added:N0}, changed {result.SiaEntries.Changed:N0}, gone {result.SiaEntries.Gone:N0}");
        }

        foreach (var (field, count) in result.ChangedFields.OrderByDescending(f => f.Value))
        {
            output.WriteLine($"  changed field {field}: {count:N0}");
        }
    }
}
