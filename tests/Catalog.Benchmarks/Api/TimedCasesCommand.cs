using System.CommandLine;

namespace Catalog.Benchmarks.Api;

/// <summary>What a benchmark that times cases one request at a time over the national database was asked for.</summary>
public sealed record TimedCasesRun(int Procedures, int Requests, int Warmup, string? DatabasePath, string? Only);

/// <summary>
/// The command line shared by the benchmarks that time named cases over the <c>api</c> benchmark's national database:
/// <c>[--procedures 500000] [--requests N] [--warmup N] [--database path] [--case text]</c>.
/// </summary>
public static class TimedCasesCommand
{
    public static Command Create(string name, string description, int requests, int warmup, Func<TimedCasesRun, Task> run)
    {
        var procedures = new Option<int>("--procedures") { Description = "city procedures to generate", DefaultValueFactory = _ => 500_000 };
        var requestCount = new Option<int>("--requests") { Description = "timed requests per case", DefaultValueFactory = _ => requests };
        var warmupCount = new Option<int>("--warmup") { Description = "untimed requests per case first", DefaultValueFactory = _ => warmup };
        var database = new Option<string?>("--database") { Description = "the SQLite file to keep the data in (default a temp file shared with api)", HelpName = "path" };
        var only = new Option<string?>("--case") { Description = "time only the cases whose name contains this text", HelpName = "text" };
        var command = new Command(name, description) { procedures, requestCount, warmupCount, database, only };
        command.SetAction(parse => run(new TimedCasesRun(parse.GetValue(procedures), Math.Max(1, parse.GetValue(requestCount)),
            Math.Max(0, parse.GetValue(warmupCount)), parse.GetValue(database), parse.GetValue(only))));
        return command;
    }
}
