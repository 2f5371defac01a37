using Catalog.Db;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Catalog.Sync;

/// <summary>A command of the sync program: its name, a one-line help text and what it does.</summary>
public sealed record SyncCommand(string Name, string Usage, string Help, Func<IServiceProvider, string[], CancellationToken, Task<int>> RunAsync);

/// <summary>Dispatches the sync program's commands; every command runs on the same configured host.</summary>
public static class SyncCommandLine
{
    /// <summary>The commands, one per feature. Add a command here when a feature gets one.</summary>
    public static IReadOnlyList<SyncCommand> Commands { get; } =
    [
        new("migrate", "migrate", "apply database migrations and seed municipalities and the reference catalog", MigrateAsync),
        new("load", Registries.LoadCommand.Usage, Registries.LoadCommand.Help, Registries.LoadCommand.RunAsync),
        new("run", Runs.RunCommand.Usage, "run one sync now (refresh the mirror, reconcile, record the run) and print a summary", Runs.RunCommand.RunAsync),
        new("worker", "worker", "run the scheduled sync (clustered on PostgreSQL/SQL Server) until stopped", Scheduling.WorkerCommand.RunAsync),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var command = args.Length > 0 ? Commands.FirstOrDefault(c => c.Name == args[0]) : null;
        if (command is null)
        {
            PrintUsage(args.Length > 0 ? $"Unknown command '{args[0]}'." : null);
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(args[1..]);
        builder.Services.AddCatalogDatabase(builder.Configuration);
        builder.Services.AddSingleton(TimeProvider.System);
        Scheduling.SyncServiceCollectionExtensions.AddSyncPipeline(builder.Services, builder.Configuration);
        using var host = builder.Build();
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        try
        {
            return await command.RunAsync(host.Services, args[1..], cancellation.Token);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Cancelled.");
            return 130;
        }
    }

    private static void PrintUsage(string? error)
    {
        if (error is not null)
        {
            Console.Error.WriteLine(error);
        }

        Console.Error.WriteLine("Usage: dotnet run --project Catalog.Sync -- <command> [options]");
        foreach (var command in Commands)
        {
            Console.Error.WriteLine($"  {command.Usage,-40} {command.Help}");
        }
    }

    private static async Task<int> MigrateAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken)
    {
        var factory = services.GetRequiredService<CatalogDbContextFactory>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Catalog.Sync.Migrate");
        await CatalogDatabaseInitializer.InitializeAsync(factory, migrate: true, seed: true, includeDemo: false, TimeProvider.System, logger, cancellationToken);
        Console.WriteLine($"Database on {factory.Options.Provider} is at the latest migration and seeded.");
        return 0;
    }
}
