using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Catalog.Api.Auth;
using Catalog.Api.CityCatalog;
using Catalog.Api.Exchange;
using Catalog.Api.Exchange.Formats;
using Catalog.Api.Exchange.Import;
using Catalog.Testing;
using Microsoft.Extensions.Options;

namespace Catalog.Benchmarks.Exchange;

/// <summary>
/// The mapping suggestions on a labelled set of published municipal procedure names (<see cref="MunicipalProcedureNames"/>):
/// how often the right reference procedure comes first and among the first three (targets 75% and 90%), and how often
/// a name with no counterpart stays under the acceptance threshold (target 80%); then the time of a 1,000-row import
/// dry run with suggestions (target under 2 s). Usage: <c>mapping-suggestions [--rows 1000] [--misses]</c>.
/// </summary>
public static class MappingSuggestionBenchmark
{
    /// <summary>The benchmark's command in <see cref="BenchmarkCommandLine.All"/>.</summary>
    public static Command Create()
    {
        var rows = new Option<int>("--rows") { Description = "rows of the dry-run file", DefaultValueFactory = _ => 1000 };
        var misses = new Option<bool>("--misses") { Description = "print each name whose counterpart is not first" };
        var command = new Command("mapping-suggestions", "accuracy of the mapping suggestions on published municipal names, and a 1,000-row dry run with suggestions") { rows, misses };
        command.SetAction(parse => RunAsync(parse.GetValue(rows), parse.GetValue(misses)));
        return command;
    }

    private static async Task RunAsync(int rows, bool printMisses)
    {
        var database = new SqliteTestDatabase();
        await database.InitializeAsync();
        try
        {
            await database.SeedAsync();
            await using (var db = database.CreateContext())
            {
                var candidates = await MappingCandidates.LoadAsync(db, "L01280066", CancellationToken.None);
                Accuracy(candidates, printMisses);
            }

            var file = Catalog(rows);
            var importer = new CityCatalogImporter(database.Factory, Options.Create(new ExchangeOptions()), TimeProvider.System);
            var actor = new CatalogActor("benchmark", CatalogRole.Admin, new HashSet<string>(), null);
            for (var round = 1; round <= 3; round++)
            {
                file.Position = 0;
                var watch = Stopwatch.StartNew();
                var report = await importer.ImportAsync(actor, "28006", file, CatalogFormat.Csv, dryRun: true);
                watch.Stop();
                var suggested = report.Rows.Count(r => r.Suggestions.Count > 0);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  dry run with suggestions, {rows:N0} rows (round {round}): {watch.Elapsed.TotalSeconds:N2} s, {suggested:N0} rows with suggestions (target: under 2 s)"));
            }
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static void Accuracy(MappingCandidates candidates, bool printMisses)
    {
        int first = 0, topThree = 0;
        foreach (var (name, reference) in MunicipalProcedureNames.WithCounterpart)
        {
            var codes = candidates.SuggestReferences(name).Select(m => m.Candidate.Code).ToList();
            first += codes.FirstOrDefault() == reference ? 1 : 0;
            topThree += codes.Contains(reference) ? 1 : 0;
            if (printMisses && codes.FirstOrDefault() != reference)
            {
                Console.WriteLine($"    miss: '{name}' → {string.Join(", ", candidates.SuggestReferences(name).Select(m => $"{m.Candidate.Code} {m.Score:0.00}"))} (expected {reference})");
            }
        }

        var under = 0;
        foreach (var name in MunicipalProcedureNames.WithoutCounterpart)
        {
            var best = candidates.SuggestReferences(name, first: 1).FirstOrDefault();
            under += best is null || best.Score < MappingSuggestion.AcceptanceThreshold ? 1 : 0;
            if (printMisses && best is not null && best.Score >= MappingSuggestion.AcceptanceThreshold)
            {
                Console.WriteLine($"    accepted without counterpart: '{name}' → {best.Candidate.Code} {best.Score:0.00}");
            }
        }

        var with = MunicipalProcedureNames.WithCounterpart.Count;
        var without = MunicipalProcedureNames.WithoutCounterpart.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Mapping suggestions on {with} published names with a counterpart and {without} without:"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  right reference first:        {first,3}/{with} = {100.0 * first / with:N1}% (target 75%)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  right reference in first 3:   {topThree,3}/{with} = {100.0 * topThree / with:N1}% (target 90%)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  no counterpart, top score < {MappingSuggestion.AcceptanceThreshold}: {under,3}/{without} = {100.0 * under / without:N1}% (target 80%)"));
    }

    /// <summary>A CSV of <paramref name="rows"/> procedures named as councils name them, none with a reference code.</summary>
    private static MemoryStream Catalog(int rows)
    {
        var names = MunicipalProcedureNames.WithCounterpart.Select(n => n.Name).Concat(MunicipalProcedureNames.WithoutCounterpart).ToList();
        var text = new StringBuilder("Clave;Procedimiento;Familia;Objeto / Descripción\r\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"P-{i:D5};{names[i % names.Count]} ({i / names.Count + 1});GENERAL;Procedimiento del catálogo municipal\r\n");
        }

        return new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
    }
}
