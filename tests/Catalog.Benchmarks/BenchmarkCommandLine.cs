using System.Diagnostics;

namespace Catalog.Benchmarks;

/// <summary>A benchmark: a name, what it measures, and the code that runs it and prints its figures.</summary>
public sealed record Benchmark(string Name, string Help, Func<string[], Task> RunAsync);

public static class BenchmarkCommandLine
{
    /// <summary>The benchmarks, one per feature. Add one here when a feature gets one.</summary>
    public static IReadOnlyList<Benchmark> All { get; } =
    [
        Ingestion.IngestionBenchmark.Definition,
        Exchange.CatalogImportBenchmark.Definition,
        Api.ApiBenchmark.Definition,
        Web.WebBenchmark.Definition,
        Reconciliation.ReconciliationBenchmark.Definition,
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var benchmark = args.Length > 0 ? All.FirstOrDefault(b => b.Name == args[0]) : null;
        if (benchmark is null)
        {
            Console.Error.WriteLine("Usage: dotnet run -c Release --project tests/Catalog.Benchmarks -- <benchmark> [options]");
            foreach (var b in All)
            {
                Console.Error.WriteLine($"  {b.Name,-24} {b.Help}");
            }

            return 2;
        }

        await benchmark.RunAsync(args[1..]);
        return 0;
    }

    /// <summary>Peak working set of this process so far, in MB (from /proc on Linux).</summary>
    public static double PeakWorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / 1024.0 / 1024.0;
    }
}
