using System.CommandLine;
using System.Diagnostics;
using Catalog.Db;
using Catalog.Sync.Registries;
using Catalog.Sync.Registries.Mirror;
using Catalog.Sync.Registries.Sources;
using Catalog.Testing;

namespace Catalog.Benchmarks.Ingestion;

/// <summary>
/// Registry ingestion at national size: 108,000 DIR3 units in the official XLSX layout and 300,000 SIA entries.
/// Prints rows/s for parsing alone, for a full load into SQLite and PostgreSQL (when <c>CATALOG_TEST_POSTGRES</c> is
/// set), the rerun on unchanged input and its speed-up, a load with 1% of rows changed, and the peak working set.
/// Options: <c>--units N</c>, <c>--sia N</c>, <c>--no-postgres</c>, <c>--parse-only</c> (no loads: the parse figures alone).
/// </summary>
public static class IngestionBenchmark
{
    /// <summary>The benchmark's command in <see cref="BenchmarkCommandLine.All"/>.</summary>
    public static Command Create()
    {
        var units = new Option<int>("--units") { Description = "DIR3 units to generate", DefaultValueFactory = _ => 108_000 };
        var entries = new Option<int>("--sia") { Description = "SIA entries to generate", DefaultValueFactory = _ => 300_000 };
        var noPostgres = new Option<bool>("--no-postgres") { Description = "skip PostgreSQL even when CATALOG_TEST_POSTGRES is set" };
        var parseOnly = new Option<bool>("--parse-only") { Description = "no loads: the parse figures alone" };
        var command = new Command("ingestion", "DIR3 + SIA registry parse and load at national size (rows/s, rerun speed-up, peak memory)")
        {
            units, entries, noPostgres, parseOnly,
        };
        command.SetAction(parse => RunAsync(parse.GetValue(units), parse.GetValue(entries), parse.GetValue(noPostgres), parse.GetValue(parseOnly)));
        return command;
    }

    private static async Task RunAsync(int units, int entries, bool noPostgres, bool parseOnly)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"catalog-ingestion-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var list = Path.Combine(folder, "Listado Unidades AGE.xlsx");
            var changedList = Path.Combine(folder, "Listado Unidades AGE changed.xlsx");
            var sia = Path.Combine(folder, "sia.xml");
            var changedSia = Path.Combine(folder, "sia-changed.xml");
            var generation = Stopwatch.StartNew();
            NationalRegistryFiles.WriteUnitList(list, units);
            NationalRegistryFiles.WriteUnitList(changedList, units, renamed: 100);
            NationalRegistryFiles.WriteSiaResponse(sia, entries);
            NationalRegistryFiles.WriteSiaResponse(changedSia, entries, changed: 100);
            // A warm-up on small files first, so the figures are those of a running worker, not of the JIT compiler.
            var warmList = Path.Combine(folder, "warm-up.xlsx");
            var warmSia = Path.Combine(folder, "warm-up.xml");
            NationalRegistryFiles.WriteUnitList(warmList, 2000);
            NationalRegistryFiles.WriteSiaResponse(warmSia, 2000);
            Console.WriteLine($"Generated {units:N0} units ({new FileInfo(list).Length / 1e6:F1} MB XLSX) and {entries:N0} SIA entries ({new FileInfo(sia).Length / 1e6:F1} MB XML) in {generation.Elapsed.TotalSeconds:F1} s");

            await ParseAsync("warm-up DIR3", Registry.Dir3, warmList, quiet: true);
            await ParseAsync("warm-up SIA", Registry.Sia, warmSia, quiet: true);
            await ParseAsync("DIR3 XLSX", Registry.Dir3, list);
            await ParseAsync("SIA XML", Registry.Sia, sia);
            Console.WriteLine($"Peak working set after parsing: {BenchmarkCommandLine.PeakWorkingSetMb():F0} MB");
            if (parseOnly)
            {
                return;
            }

            await WarmUpAsync(new SqliteTestDatabase(), warmList, warmSia);
            await LoadAsync(new SqliteTestDatabase(), list, changedList, sia, changedSia);
            if (PostgresTestDatabase.ServerConnectionString is not null && !noPostgres)
            {
                await WarmUpAsync(new PostgresTestDatabase(), warmList, warmSia);
                await LoadAsync(new PostgresTestDatabase(), list, changedList, sia, changedSia);
            }
            else
            {
                Console.WriteLine($"PostgreSQL: skipped ({PostgresTestDatabase.EnvironmentVariable} not set or --no-postgres).");
            }

            Console.WriteLine($"Peak working set overall: {BenchmarkCommandLine.PeakWorkingSetMb():F0} MB");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task WarmUpAsync(TestDatabase database, string list, string sia)
    {
        await database.InitializeAsync();
        try
        {
            await LoadOnceAsync(database, Registry.Dir3, list);
            await LoadOnceAsync(database, Registry.Dir3, list);
            await LoadOnceAsync(database, Registry.Sia, sia);
            await LoadOnceAsync(database, Registry.Sia, sia);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static async Task ParseAsync(string what, Registry registry, string path, bool quiet = false)
    {
        var cpu = CpuTime();
        var watch = Stopwatch.StartNew();
        await using var content = await new FileRegistrySource(Source(registry, path, "parse")).FetchAsync();
        var fetched = watch.Elapsed;
        using var reader = RegistryContentReader.Open(content);
        var opened = watch.Elapsed;
        var rows = 0;
        foreach (var row in reader.Rows)
        {
            if (row is RejectedRow rejected)
            {
                throw new InvalidOperationException($"Generated data was rejected: {rejected}");
            }

            rows++;
        }

        if (quiet)
        {
            return;
        }

        Console.WriteLine($"Parse {what}: {rows:N0} rows in {watch.Elapsed.TotalSeconds:F2} s = {rows / watch.Elapsed.TotalSeconds:N0} rows/s; CPU {(CpuTime() - cpu).TotalSeconds:F2} s (of which SHA-256 {fetched.TotalSeconds:F2} s, opening {(opened - fetched).TotalSeconds:F2} s)");
    }

    private static async Task LoadAsync(TestDatabase database, string list, string changedList, string sia, string changedSia)
    {
        await database.InitializeAsync();
        try
        {
            foreach (var (what, registry, path, changed) in new[] { ("DIR3 units", Registry.Dir3, list, changedList), ("SIA entries", Registry.Sia, sia, changedSia) })
            {
                var (first, firstCpu) = await LoadOnceAsync(database, registry, path);
                var (rerun, rerunCpu) = await LoadOnceAsync(database, registry, path);
                var skip = await SkipCheckAsync(database, registry, path);
                var (withChanges, _) = await LoadOnceAsync(database, registry, changed);
                Console.WriteLine($"{database.Provider} {what}: full load {first.RowsRead:N0} rows in {first.Elapsed.TotalSeconds:F2} s = {first.RowsRead / first.Elapsed.TotalSeconds:N0} rows/s (CPU {firstCpu.TotalSeconds:F2} s); "
                    + $"rerun unchanged {rerun.Elapsed.TotalSeconds:F2} s (CPU {rerunCpu.TotalSeconds:F2} s) = {first.Elapsed / rerun.Elapsed:F1}x faster, {Changes(rerun)}; "
                    + $"rerun skipped by content hash {skip.TotalSeconds:F2} s = {first.Elapsed / skip:F0}x faster; "
                    + $"1% changed {withChanges.Elapsed.TotalSeconds:F2} s ({Changes(withChanges)})");
            }
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static async Task<(MirrorLoadResult Result, TimeSpan Cpu)> LoadOnceAsync(TestDatabase database, Registry registry, string path)
    {
        var cpu = CpuTime();
        await using var db = database.CreateContext();
        await using var content = await new FileRegistrySource(Source(registry, path, registry.ToString())).FetchAsync();
        var result = await new MirrorLoader(db, TimeProvider.System).LoadAsync(content);
        if (result.RowsRejected > 0)
        {
            throw new InvalidOperationException($"Generated data was rejected: {result.Rejections[0]}");
        }

        return (result, CpuTime() - cpu);
    }

    /// <summary>What a sync run does with an unchanged source: fetch it, hash it, find the hash recorded, skip it.</summary>
    private static async Task<TimeSpan> SkipCheckAsync(TestDatabase database, Registry registry, string path)
    {
        var watch = Stopwatch.StartNew();
        await using var db = database.CreateContext();
        await using var content = await new FileRegistrySource(Source(registry, path, registry.ToString())).FetchAsync();
        if (!await new MirrorLoader(db, TimeProvider.System).IsUnchangedAsync(content))
        {
            throw new InvalidOperationException("The unchanged source was not recognised as unchanged.");
        }

        return watch.Elapsed;
    }

    /// <summary>CPU time of this process: the machine is shared, so wall-clock figures vary with its load; CPU time less so.</summary>
    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static string Changes(MirrorLoadResult result)
    {
        var counts = result.Registry == Registry.Dir3 ? result.Units : result.SiaEntries;
        return $"{counts.Added:N0} added, {counts.Changed:N0} changed, {counts.Gone:N0} gone";
    }

    private static RegistrySourceOptions Source(Registry registry, string path, string name)
        => new() { Name = name, Registry = registry, Type = RegistrySourceType.File, Location = path };
}
