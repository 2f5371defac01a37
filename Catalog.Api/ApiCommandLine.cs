
namespace Catalog.Api;

/// <summary>A command of the API program: its name, usage, help, and what it does with the configured services.</summary>
public sealed record ApiCommand(string Name, string Usage, string Help, Func<IServiceProvider, string[], TextWriter, CancellationToken, Task<int>> RunAsync);

/// <summary>
/// Command-line tools that run on the API's own configuration (same database, same signing key) without starting the
/// server: issuing a local token, importing and exporting catalogs.
/// </summary>
public static class ApiCommandLine
{
    /// <summary>The commands, one per feature. Add a command here when a feature gets one.</summary>
    public static IReadOnlyList<ApiCommand> Commands { get; } =
    [
        Auth.AuthSetup.TokenCommand,
        Accounts.UserCommands.AddCommand,
        Exchange.ExchangeCommands.Import,
        Exchange.ExchangeCommands.Export,
    ];

    public static ApiCommand? Find(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Length > 0 ? Commands.FirstOrDefault(c => c.Name == args[0]) : null;
    }

    public static async Task<int> RunAsync(ApiCommand command, string[] args)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(args);
        var builder = WebApplication.CreateBuilder(args[1..]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Logs go to standard error, so a command's standard output (an export) stays clean to redirect.
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddCatalogApi(builder.Configuration, builder.Environment);
        await using var app = builder.Build();
        await app.InitializeCatalogDatabaseAsync();
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            return await command.RunAsync(scope.ServiceProvider, args[1..], Console.Out, cancellation.Token);
        }
        catch (CommandLineException error)
        {
            await Console.Error.WriteLineAsync(error.Message);
            await Console.Error.WriteLineAsync($"Usage: dotnet run --project Catalog.Api -- {command.Usage}");
            return 2;
        }
    }

    /// <summary>The value after <paramref name="name"/> in <paramref name="args"/>, or null when the option is absent.</summary>
    public static string? Option(string[] args, string name)
    {
        ArgumentNullException.ThrowIfNull(args);
        var index = Array.IndexOf(args, name);
        if (index < 0)
        {
            return null;
        }

        return index + 1 < args.Length && !args[index + 1].StartsWith("--", StringComparison.Ordinal)
            ? args[index + 1]
            : throw new CommandLineException($"Option {name} needs a value.");
    }

    /// <summary>All values given for a repeatable option (<c>--municipality 28006 --municipality 29067</c>).</summary>
    public static IReadOnlyList<string> Options(string[] args, string name)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == name)
            {
                values.Add(i + 1 < args.Length ? args[i + 1] : throw new CommandLineException($"Option {name} needs a value."));
            }
        }

        return values;
    }
}

/// <summary>A command line that cannot be carried out as given; the message says why.</summary>
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
