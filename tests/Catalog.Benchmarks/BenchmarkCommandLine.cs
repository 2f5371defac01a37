using System.CommandLine;
using System.Diagnostics;
using Catalog.Sync;

namespace Catalog.Benchmarks;

/// <summary>The benchmarks' command line (System.CommandLine): one command per benchmark, each with its options and <c>--help</c>.</summary>
public static class BenchmarkCommandLine
{
    /// <summary>The benchmarks, one per feature. Add one here when a feature gets one.</summary>
    public static IReadOnlyList<Func<Command>> All { get; } =
    [
        Ingestion.IngestionBenchmark.Create,
        Exchange.CatalogImportBenchmark.Create,
        Exchange.MappingSuggestionBenchmark.Create,
        Api.ApiBenchmark.Create,
        Api.CoverageBenchmark.Create,
        Api.FeedBenchmark.Create,
        Api.SearchBenchmark.Create,
        Api.WebhookBenchmark.Create,
        Web.WebBenchmark.Create,
        Reconciliation.ReconciliationBenchmark.Create,
    ];

    public static Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = new RootCommand("ProceduresCatalog benchmarks: figures to print and record, not timed tests. Run in Release.");
        foreach (var create in All)
        {
            root.Subcommands.Add(create());
        }

        root.Subcommands.Add(CatalogCommandLine.HelpCommand(root));
        root.SetAction(async parse =>
        {
            await root.Parse(["--help"]).InvokeAsync(new InvocationConfiguration { Output = parse.InvocationConfiguration.Error });
            return CatalogCommandLine.UsageError;
        });
        return CatalogCommandLine.InvokeAsync(root, args, Console.Out, Console.Error);
    }

    /// <summary><c>--provider sqlite|postgres</c>, shared by the benchmarks that run on either (PostgreSQL from CATALOG_TEST_POSTGRES).</summary>
    public static Option<string> ProviderOption()
    {
        var provider = new Option<string>("--provider") { Description = "the database (postgres uses CATALOG_TEST_POSTGRES)", DefaultValueFactory = _ => "sqlite" };
        provider.AcceptOnlyFromAmong("sqlite", "postgres");
        return provider;
    }

    /// <summary>Peak working set of this process so far, in MB (from /proc on Linux).</summary>
    public static double PeakWorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / 1024.0 / 1024.0;
    }
}
