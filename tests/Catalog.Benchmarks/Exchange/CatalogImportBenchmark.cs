using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Catalog.Api.Auth;
using Catalog.Api.Exchange;
using Catalog.Api.Exchange.Export;
using Catalog.Api.Exchange.Formats;
using Catalog.Api.Exchange.Import;
using Catalog.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Catalog.Benchmarks.Exchange;

/// <summary>
/// Imports a generated city catalog of N rows (default 100,000) from CSV into a fresh database: a dry run, the commit
/// (all creates, one audit entry each), a second commit of the same file (all unchanged), and a CSV export of the
/// result. Prints rows per second, the file size and the peak working set.
/// Usage: <c>catalog-import [--rows 100000] [--postgres]</c> (PostgreSQL from <c>CATALOG_TEST_POSTGRES</c>).
/// </summary>
public static class CatalogImportBenchmark
{
    /// <summary>The benchmark's command in <see cref="BenchmarkCommandLine.All"/>.</summary>
    public static Command Create()
    {
        var rows = new Option<int>("--rows") { Description = "rows in the generated catalog", DefaultValueFactory = _ => 100_000 };
        var postgres = new Option<bool>("--postgres") { Description = "on PostgreSQL (CATALOG_TEST_POSTGRES) instead of SQLite" };
        var command = new Command("catalog-import", "import a generated 100,000-row city catalog (CSV): dry run, commit, re-import, export") { rows, postgres };
        command.SetAction(parse => RunAsync(parse.GetValue(rows), parse.GetValue(postgres)));
        return command;
    }

    private static async Task RunAsync(int rows, bool postgres)
    {
        TestDatabase database = postgres ? new PostgresTestDatabase() : new SqliteTestDatabase();
        if (database.UnavailableReason is { } reason)
        {
            Console.Error.WriteLine(reason);
            return;
        }

        await database.InitializeAsync();
        try
        {
            await database.SeedAsync();
            var file = Path.Combine(Path.GetTempPath(), $"catalog-import-{Guid.NewGuid():N}.csv");
            try
            {
                await WriteCatalogAsync(file, rows);
                var size = new FileInfo(file).Length;
                Console.WriteLine($"{database} database, {rows:N0} rows, {size / 1024.0 / 1024.0:N1} MB CSV");
                var importer = new CityCatalogImporter(database.Factory, Options.Create(new ExchangeOptions()), TimeProvider.System);
                var actor = new CatalogActor("benchmark", CatalogRole.Admin, new HashSet<string>(), null);

                await MeasureAsync("dry run", rows, async () => Check(await ImportAsync(importer, actor, file, dryRun: true), ImportOutcome.Create));
                await MeasureAsync("commit (create)", rows, async () => Check(await ImportAsync(importer, actor, file, dryRun: false), ImportOutcome.Create));
                await MeasureAsync("commit again (unchanged)", rows, async () => Check(await ImportAsync(importer, actor, file, dryRun: false), ImportOutcome.Unchanged));
                await using (var db = database.CreateContext())
                {
                    Console.WriteLine($"  catalog: {await db.CityProcedures.CountAsync(p => p.MunicipalityIneCode == "28006"):N0} procedures, {await db.ChangeLog.CountAsync():N0} audit entries");
                }

                var exporter = new CatalogExporter(database.Factory, Options.Create(new ExchangeOptions()), TimeProvider.System);
                await MeasureAsync("export CSV", rows, async () =>
                {
                    await using var db = database.CreateContext();
                    var municipality = await db.Municipalities.SingleAsync(m => m.IneCode == "28006");
                    await using var output = new FileStream(file + ".out", FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
                    await exporter.WriteCityCatalogAsync(municipality, CatalogFormat.Csv, output, null, CancellationToken.None);
                });
                Console.WriteLine($"Peak working set: {BenchmarkCommandLine.PeakWorkingSetMb():N0} MB");
            }
            finally
            {
                File.Delete(file);
            }
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static async Task<ImportReport> ImportAsync(CityCatalogImporter importer, CatalogActor actor, string file, bool dryRun)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return await importer.ImportAsync(actor, "28006", stream, CatalogFormat.Csv, dryRun);
    }

    private static void Check(ImportReport report, ImportOutcome expected)
    {
        if (report.Rows.Any(r => r.Outcome != expected))
        {
            throw new InvalidOperationException($"Expected every row to be {expected}: {report.Describe(5)}");
        }
    }

    private static async Task MeasureAsync(string what, int rows, Func<Task> run)
    {
        // CPU time is printed too: on a shared machine, wall time says as much about the neighbours as about the import.
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await run();
        watch.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine($"  {what,-26} {watch.Elapsed.TotalSeconds,7:N2} s  {rows / watch.Elapsed.TotalSeconds,10:N0} rows/s   ({cpu:N2} s CPU in this process)");
    }

    /// <summary>A catalog as a large city would export it: every column filled on most rows, a fifth mapped to a reference.</summary>
    private static async Task WriteCatalogAsync(string path, int rows)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        await writer.WriteLineAsync(string.Join(';', CatalogColumns.All.Select(CatalogColumns.NameOf)));
        string[] references = ["URB-001", "URB-002", "URB-003", "URB-004", "URB-005"];
        for (var i = 1; i <= rows; i++)
        {
            var reference = i % 5 == 0 ? references[i / 5 % references.Length] : "";
            var legal = i % 3 == 0 ? "\"Ley | 39/2015 | del Procedimiento Administrativo Común\nOrdenanza |  | fiscal reguladora\"" : "Ley | 39/2015 | del Procedimiento Administrativo Común";
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"P-{i:D6};Procedimiento municipal número {i};Descripción del procedimiento {i};{3_000_000 + i};L01280066;{reference};a solicitud del interesado;{(i % 2 == 0 ? "estimatorio" : "desestimatorio")};{1 + (i % 6)};meses;sí;{1 + (i % 4)};ciudadanos, empresas;presencial, electrónico;Tasa según ordenanza fiscal;{legal};sí"));
        }
    }
}
