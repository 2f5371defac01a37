using System.CommandLine;
using Catalog.Db;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Catalog.Sync;

/// <summary>What a sync command's action is given: the configured services, its parsed line, where to write.</summary>
/// <param name="Services">The sync program's services on the shared configuration (<see cref="CatalogSettings"/>).</param>
/// <param name="Parse">The parsed command line.</param>
/// <param name="Output">Standard output: progress and the summary.</param>
/// <param name="Error">Standard error: warnings and errors.</param>
/// <param name="Verbose">Whether <c>--verbose</c> was given (SQL statements and informational logs shown).</param>
/// <param name="Cancellation">Cancelled by Ctrl+C.</param>
public sealed record SyncCommandContext(IServiceProvider Services, ParseResult Parse, TextWriter Output, TextWriter Error, bool Verbose, CancellationToken Cancellation);

/// <summary>A command of the sync program, run on the configured host; <see cref="SyncCommandLine"/> wires it.</summary>
public sealed class SyncCommand : Command
{
    /// <param name="name">The word that names the command.</param>
    /// <param name="description">One line for <c>--help</c>.</param>
    /// <param name="run">The work: returns the exit code (0 done, 1 the command reports a failure).</param>
    public SyncCommand(string name, string description, Func<SyncCommandContext, Task<int>> run)
        : base(name, description) => Run = run ?? throw new ArgumentNullException(nameof(run));

    /// <summary>The command's work, given its context.</summary>
    public Func<SyncCommandContext, Task<int>> Run { get; }
}

/// <summary>
/// The sync program's command line (System.CommandLine). Exit codes: 0 success, 1 a failure the command reports
/// (a file not loaded, a failed run), 2 a usage error, 130 cancelled.
/// </summary>
public static class SyncCommandLine
{
    /// <summary>The commands, one factory per feature. Add a command here when a feature gets one.</summary>
    public static IReadOnlyList<Func<Command>> Commands { get; } =
    [
        CreateMigrate,
        Registries.LoadCommand.Create,
        Runs.RunCommand.Create,
        Scheduling.WorkerCommand.Create,
        SiaPublishing.SiaPublishCommand.Create,
    ];

    /// <summary>Parses <paramref name="args"/> and runs the command they name.</summary>
    /// <param name="services">Services to run the command on instead of building the host (tests).</param>
    public static Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = new RootCommand("ProceduresCatalog sync: load registry files, run a sync now, or run the scheduled sync as a worker.");
        foreach (var create in Commands)
        {
            root.Subcommands.Add(create());
        }

        root.Subcommands.Add(CatalogCommandLine.HelpCommand(root));
        foreach (var command in CatalogCommandLine.Walk(root).OfType<SyncCommand>())
        {
            Wire(command, services);
        }

        // No command: show what there is, as a usage error.
        root.SetAction(async parse =>
        {
            await root.Parse(["--help"]).InvokeAsync(new InvocationConfiguration { Output = parse.InvocationConfiguration.Error });
            return CatalogCommandLine.UsageError;
        });
        return CatalogCommandLine.InvokeAsync(root, args, output ?? Console.Out, error ?? Console.Error);
    }

    private static void Wire(SyncCommand command, IServiceProvider? services)
    {
        var verbose = CatalogCommandLine.VerboseOption();
        command.Options.Add(verbose);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var isVerbose = parse.GetValue(verbose);
            try
            {
                if (services is not null)
                {
                    return await command.Run(new SyncCommandContext(services, parse, output, error, isVerbose, cancellationToken));
                }

                using var host = BuildHost(isVerbose);
                await output.WriteLineAsync(CatalogSettings.DescribeDatabase(host.Services.GetRequiredService<IConfiguration>()));
                return await command.Run(new SyncCommandContext(host.Services, parse, output, error, isVerbose, cancellationToken));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await error.WriteLineAsync("Cancelled.");
                return CatalogCommandLine.Cancelled;
            }
        });
    }

    /// <summary>
    /// The host every command runs on: the shared settings from beside the program (whatever the working directory),
    /// logs to standard error, warnings only unless verbose.
    /// </summary>
    private static IHost BuildHost(bool verbose)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddCatalogSettings(builder.Environment);
        ConfigureLogging(builder.Logging, builder.Services, verbose ? LogLevel.Information : LogLevel.Warning);
        builder.Services.AddCatalogDatabase(builder.Configuration);
        builder.Services.AddSingleton(TimeProvider.System);
        Scheduling.SyncServiceCollectionExtensions.AddSyncPipeline(builder.Services, builder.Configuration);
        return builder.Build();
    }

    /// <summary>One line per log entry on standard error, at <paramref name="level"/> and above, whatever the settings files say.</summary>
    public static void ConfigureLogging(ILoggingBuilder logging, IServiceCollection services, LogLevel level, LogLevel? databaseLevel = null)
    {
        ArgumentNullException.ThrowIfNull(logging);
        logging.ClearProviders();
        logging.AddSimpleConsole(o => o.SingleLine = true);
        services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        services.Configure<LoggerFilterOptions>(o =>
        {
            o.Rules.Clear();
            o.MinLevel = level;
            if (databaseLevel is { } database)
            {
                o.Rules.Add(new LoggerFilterRule(null, "Microsoft.EntityFrameworkCore", database, null));
            }

            if (level > LogLevel.Information)
            {
                // EF warns on every fresh database that a SQLite migration step runs outside a transaction: nothing a
                // command's user can act on. --verbose shows it.
                o.Rules.Add(new LoggerFilterRule(null, "Microsoft.EntityFrameworkCore.Migrations", LogLevel.Error, null));
            }
        });
    }

    /// <summary><c>migrate</c>: brings the database to the latest migration and seeds it.</summary>
    private static Command CreateMigrate() => new SyncCommand("migrate", "apply database migrations and seed municipalities and the reference catalog", async context =>
    {
        var factory = context.Services.GetRequiredService<CatalogDbContextFactory>();
        var logger = context.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Catalog.Sync.Migrate");
        var includeDemo = CatalogSettings.SeedsDemoData(context.Services.GetRequiredService<IConfiguration>(), context.Services.GetRequiredService<IHostEnvironment>());
        await CatalogDatabaseInitializer.InitializeAsync(factory, migrate: true, seed: true, includeDemo, TimeProvider.System, logger, context.Cancellation);
        await context.Output.WriteLineAsync($"Database on {factory.Options.Provider} is at the latest migration and seeded.");
        return 0;
    });
}
