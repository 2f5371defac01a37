using System.CommandLine;
using Catalog.Sync;

namespace Catalog.Api;

/// <summary>What a command's action is given: the API's services (the server's configuration), its parsed line, where to write.</summary>
/// <param name="Services">A scope of the API's services: same database, same signing key as the server.</param>
/// <param name="Parse">The parsed command line; read option values with <c>Parse.GetValue(option)</c>.</param>
/// <param name="Output">Standard output: the command's result, and nothing else when the result is a value.</param>
/// <param name="Error">Standard error: warnings, errors and notes.</param>
/// <param name="Cancellation">Cancelled by Ctrl+C.</param>
public sealed record ApiCommandContext(IServiceProvider Services, ParseResult Parse, TextWriter Output, TextWriter Error, CancellationToken Cancellation)
{
    /// <summary>A file named on the command line: a relative path is taken from the directory the command was run in.</summary>
    public static string ResolvePath(string path) => Path.GetFullPath(path);
}

/// <summary>
/// A command of the API program that runs on the API's configured services. Build one with its options, put it
/// anywhere in the tree (<see cref="ApiCommandLine.Commands"/>, or under a group command such as <c>user</c>), and
/// <see cref="ApiCommandLine"/> gives it its host, <c>--verbose</c>, error handling and exit codes.
/// </summary>
public sealed class ApiCommand : Command
{
    /// <param name="name">The word that names the command (<c>token</c>, <c>add</c>).</param>
    /// <param name="description">One line for <c>--help</c>.</param>
    /// <param name="run">The work: returns the exit code (0 done, 1 the command reports a failure); throws <see cref="CommandLineException"/> for a usage error (exit 2).</param>
    public ApiCommand(string name, string description, Func<ApiCommandContext, Task<int>> run)
        : base(name, description) => Run = run ?? throw new ArgumentNullException(nameof(run));

    /// <summary>The command's work, given its context.</summary>
    public Func<ApiCommandContext, Task<int>> Run { get; }
}

/// <summary>
/// The API program's command line (System.CommandLine): with no command it starts the server; <c>token</c>,
/// <c>import</c>, <c>export</c> (and any command a feature adds) run on the API's own configuration without starting
/// it. Exit codes: 0 success, 1 a failure the command reports, 2 a usage error, 130 cancelled.
/// </summary>
public static class ApiCommandLine
{
    private const int UsageError = CatalogCommandLine.UsageError;

    /// <summary>
    /// The top-level commands, one factory per feature. To add one, write a factory returning an
    /// <see cref="ApiCommand"/> (or a <see cref="Command"/> grouping several) in the feature's folder and list it here.
    /// </summary>
    public static IReadOnlyList<Func<Command>> Commands { get; } =
    [
        Auth.AuthSetup.CreateTokenCommand,
        Accounts.UserCommands.CreateCommand,
        Exchange.ExchangeCommands.CreateImport,
        Exchange.ExchangeCommands.CreateExport,
    ];

    /// <summary>
    /// Parses <paramref name="args"/> and runs the command they name, or the server when they name none.
    /// </summary>
    /// <param name="runServer">Starts the server with the arguments (host settings such as <c>--urls</c>).</param>
    /// <param name="services">Services to run commands on instead of building the API host (tests).</param>
    public static async Task<int> InvokeAsync(string[] args, Func<string[], Task<int>>? runServer = null, IServiceProvider? services = null,
        TextWriter? output = null, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        output ??= Console.Out;
        error ??= Console.Error;
        var root = new RootCommand("ProceduresCatalog API. With no command, starts the server (host settings such as --urls are passed to it).")
        {
            // The server's own settings (--urls, --Key=value) are not this parser's: the root lets them through.
            TreatUnmatchedTokensAsErrors = false,
        };
        foreach (var create in Commands)
        {
            root.Subcommands.Add(create());
        }

        root.Subcommands.Add(CatalogCommandLine.HelpCommand(root));
        foreach (var command in CatalogCommandLine.Walk(root).OfType<ApiCommand>())
        {
            Wire(command, services);
        }

        root.SetAction(async (parse, _) =>
        {
            if (parse.UnmatchedTokens.FirstOrDefault() is { } first && !LooksLikeHostSetting(first))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"Unknown command '{first}'. Run with --help for the commands.");
                return UsageError;
            }

            return runServer is null ? UsageError : await runServer(args);
        });

        return await CatalogCommandLine.InvokeAsync(root, args, output, error);
    }

    private static void Wire(ApiCommand command, IServiceProvider? services)
    {
        var verbose = CatalogCommandLine.VerboseOption();
        command.Options.Add(verbose);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                if (services is not null)
                {
                    return await command.Run(new ApiCommandContext(services, parse, output, error, cancellationToken));
                }

                await using var app = BuildHost(parse.GetValue(verbose));
                await error.WriteLineAsync(CatalogSettings.DescribeDatabase(app.Configuration));
                await app.InitializeCatalogDatabaseAsync();
                await using var scope = app.Services.CreateAsyncScope();
                return await command.Run(new ApiCommandContext(scope.ServiceProvider, parse, output, error, cancellationToken));
            }
            catch (CommandLineException problem)
            {
                await error.WriteLineAsync(problem.Message);
                await error.WriteLineAsync($"Run '{CatalogCommandLine.PathOf(command)} --help' for usage.");
                return UsageError;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await error.WriteLineAsync("Cancelled.");
                return CatalogCommandLine.Cancelled;
            }
        });
    }

    /// <summary>The API's services as the server configures them, logging warnings (or, verbose, everything) to standard error.</summary>
    private static WebApplication BuildHost(bool verbose)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddCatalogSettings(builder.Environment, hostFile: "appsettings");
        // Logs go to standard error, so a command's standard output (a token, an export) stays clean to redirect.
        SyncCommandLine.ConfigureLogging(builder.Logging, builder.Services, verbose ? LogLevel.Information : LogLevel.Warning);
        builder.Services.AddCatalogApi(builder.Configuration, builder.Environment);
        return builder.Build();
    }

    /// <summary>Whether a token the parser did not match is a host setting (<c>--urls</c>, <c>--Key=value</c>, <c>Key=value</c>) rather than a mistyped command.</summary>
    private static bool LooksLikeHostSetting(string token) => token.StartsWith('-') || token.StartsWith('/') || token.Contains('=', StringComparison.Ordinal);
}

/// <summary>A command line that cannot be carried out as given; the message says why (exit code 2).</summary>
public sealed class CommandLineException : Exception
{
    public CommandLineException(string message) : base(message)
    {
    }

    public CommandLineException()
    {
    }

    public CommandLineException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
