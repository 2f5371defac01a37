using System.CommandLine;

namespace Catalog.Sync;

/// <summary>
/// What the catalog's programs (the API, the sync program, the benchmarks) share on the command line: exit codes,
/// parse errors reported on standard error with exit code 2, Ctrl+C cancelling the command's token.
/// </summary>
public static class CatalogCommandLine
{
    /// <summary>Exit code of a command line that cannot be carried out as given.</summary>
    public const int UsageError = 2;

    /// <summary>Exit code of a command cancelled with Ctrl+C.</summary>
    public const int Cancelled = 130;

    /// <summary>The <c>--verbose</c> option: SQL statements and other informational logs on standard error.</summary>
    public static Option<bool> VerboseOption() => new("--verbose", "-v") { Description = "log SQL statements and other details to standard error" };

    /// <summary>Parses and invokes <paramref name="root"/>: parse errors go to <paramref name="error"/> with exit code 2.</summary>
    public static async Task<int> InvokeAsync(Command root, string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var parse = root.Parse(args);
        // A root that lets host settings through (the API server's --urls) does so for its commands too: a token a
        // command did not match is still an error there.
        IEnumerable<string> unmatched = parse.CommandResult.Command == root ? [] : parse.UnmatchedTokens.Select(t => $"Unrecognized command or argument '{t}'.");
        var problems = parse.Errors.Select(e => e.Message).Concat(unmatched).ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                await error.WriteLineAsync(problem);
            }

            await error.WriteLineAsync($"Run '{PathOf(parse.CommandResult.Command)} --help' for usage.");
            return UsageError;
        }

        using var cancellation = new CancellationTokenSource();
        void Cancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            cancellation.Cancel();
        }

        Console.CancelKeyPress += Cancel;
        try
        {
            // Our Ctrl+C handling (above) cancels the command's token, so a run rolls back and is recorded cancelled.
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null }, cancellation.Token);
        }
        finally
        {
            Console.CancelKeyPress -= Cancel;
        }
    }

    /// <summary>Every command under <paramref name="command"/>, itself included.</summary>
    public static IEnumerable<Command> Walk(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        yield return command;
        foreach (var sub in command.Subcommands.SelectMany(Walk))
        {
            yield return sub;
        }
    }

    /// <summary><c>help [command…]</c>: the same text as <c>--help</c>, for those who type the word.</summary>
    public static Command HelpCommand(RootCommand root)
    {
        var path = new Argument<string[]>("command") { Description = "the command to describe", Arity = ArgumentArity.ZeroOrMore };
        var help = new Command("help", "show the commands, or how to use one") { path };
        help.SetAction(async (parse, cancellationToken) =>
            await root.Parse([.. parse.GetValue(path) ?? [], "--help"]).InvokeAsync(parse.InvocationConfiguration, cancellationToken));
        return help;
    }

    /// <summary>The words that name <paramref name="command"/> (<c>Catalog.Api token</c>).</summary>
    public static string PathOf(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var names = new List<string> { command.Name };
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Add(parent.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}
