using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Catalog.Db;

namespace Catalog.Benchmarks.Api;

/// <summary>
/// <c>search</c> over national-size data (the <c>api</c> benchmark's database): what people type on the home page and
/// what a city portal's own search box sends, from a word that names a few things to one that names every city
/// procedure. One client at a time, so a figure is the request's own time. The target is p95 under 50 ms.
/// The first run over a database generated before the search index computes every row's searchable text at start-up
/// (the migration's backfill); its time is printed.
/// Usage: search [--procedures 500000] [--requests 50] [--warmup 3] [--database path] [--case text]
/// </summary>
public static class SearchBenchmark
{
    private const string Query = """
        query($text: String!, $municipality: String, $after: String) { search(text: $text, municipality: $municipality, first: 20, after: $after) {
          totalCount pageInfo { endCursor hasNextPage }
          edges { node { kind name score matched node { id } } } } }
        """;

    /// <summary>The benchmark's command in <see cref="BenchmarkCommandLine.All"/>.</summary>
    public static Command Create() => TimedCasesCommand.Create("search",
        "search(text:): p50/p95 of the home page's and a city portal's queries on 8,131 municipalities and 500,000 city procedures (target p95 < 50 ms)",
        requests: 50, warmup: 3, run => RunAsync(run.Procedures, run.Requests, run.Warmup, run.DatabasePath, run.Only));

    private sealed record Case(string Name, string Text, string? Municipality = null, bool SecondPage = false);

    private static async Task RunAsync(int procedures, int requests, int warmup, string? databasePath, string? only)
    {
        var path = databasePath ?? Path.Combine(Path.GetTempPath(), $"catalog-api-benchmark-{procedures}.db");
        Console.WriteLine($"SQLite database: {path} (shared with the api benchmark; delete it to regenerate)");
        var database = new CatalogDatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={path}");
        var clock = Stopwatch.StartNew();
        await NationalCatalog.GenerateAsync(new CatalogDbContextFactory(database), procedures);
        Console.WriteLine($"Database ready (generated or migrated, searchable text computed) in {clock.Elapsed.TotalSeconds:N1} s");

        await using var app = await CoverageBenchmark.StartHostAsync(database);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(5) };
        Case[] cases =
        [
            new("municipality name (madrid)", "madrid"),
            new("word prefix (villa)", "villa"),
            new("code (SIA 128079)", "128079"),
            new("two words (referencia 1)", "referencia 1"),
            new("synonym (empadronamiento)", "empadronamiento"),
            new("every city procedure (trámite)", "trámite"),
            new("second page (trámite)", "trámite", SecondPage: true),
            new("one city (trámite, 28079)", "trámite", "28079"),
            new("one city, words (municipal 07)", "municipal 07", "28079"),
        ];

        Console.WriteLine($"{requests} requests per case after {warmup} to warm up, one at a time, Release={!CoverageBenchmark.IsDebug()}");
        Console.WriteLine($"{"case",-38} {"total",9} {"first ms",9} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        foreach (var benchmarkCase in cases.Where(c => only is null || c.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            var after = benchmarkCase.SecondPage ? await EndCursorAsync(client, benchmarkCase) : null;
            HttpRequestMessage Request() => GraphQLRequest(benchmarkCase, after);
            clock.Restart();
            await CoverageBenchmark.SendAsync(client, Request);
            var first = clock.Elapsed.TotalMilliseconds;
            for (var i = 0; i < warmup; i++)
            {
                await CoverageBenchmark.SendAsync(client, Request);
            }

            var times = new List<double>(requests);
            for (var i = 0; i < requests; i++)
            {
                clock.Restart();
                await CoverageBenchmark.SendAsync(client, Request);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            var total = (await ReadAsync(client, benchmarkCase, after)).GetProperty("totalCount").GetInt32();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{benchmarkCase.Name,-38} {total,9:N0} {first,9:N1} {CoverageBenchmark.Percentile(times, 0.50),8:N1} {CoverageBenchmark.Percentile(times, 0.95),8:N1} {times[^1],8:N1}"));
        }

        Console.WriteLine($"Peak working set: {BenchmarkCommandLine.PeakWorkingSetMb():N0} MB");
        await app.StopAsync();
    }

    private static async Task<string?> EndCursorAsync(HttpClient client, Case benchmarkCase)
        => (await ReadAsync(client, benchmarkCase, after: null)).GetProperty("pageInfo").GetProperty("endCursor").GetString();

    private static async Task<JsonElement> ReadAsync(HttpClient client, Case benchmarkCase, string? after)
    {
        using var response = await client.SendAsync(GraphQLRequest(benchmarkCase, after));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("data").GetProperty("search").Clone();
    }

    private static HttpRequestMessage GraphQLRequest(Case benchmarkCase, string? after)
        => new(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = Query, variables = new { text = benchmarkCase.Text, municipality = benchmarkCase.Municipality, after } }),
                Encoding.UTF8, "application/json"),
        };
}
