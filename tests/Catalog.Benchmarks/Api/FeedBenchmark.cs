using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Catalog.Api.GraphQL;
using Catalog.Db;
using Catalog.Db.ChangeFeed;
using Catalog.Domain.ChangeFeed;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Benchmarks.Api;

/// <summary>
/// The change feed a city platform polls, over national-size data (the <c>api</c> benchmark's database, with a
/// change history added): a page of 100 changes read from a stored cursor anywhere in the history, for the whole
/// country and for one city, and the poll that finds nothing new (what most polls are). Target: a page under 20 ms.
/// Usage: feed [--procedures 500000] [--changes 300000] [--requests 200] [--database path]
/// </summary>
public static class FeedBenchmark
{
    private const string PageQuery = """
        query($municipality: String, $after: String) {
          catalogChanges(municipality: $municipality, after: $after, first: 100) {
            edges { cursor node { subjectId kind fields at } } pageInfo { endCursor hasNextPage } } }
        """;

    /// <summary>The benchmark's command in <see cref="BenchmarkCommandLine.All"/>.</summary>
    public static Command Create()
    {
        var procedures = new Option<int>("--procedures") { Description = "city procedures to generate", DefaultValueFactory = _ => 500_000 };
        var changes = new Option<int>("--changes") { Description = "feed entries the history should hold at least", DefaultValueFactory = _ => 300_000 };
        var requests = new Option<int>("--requests") { Description = "timed requests per case", DefaultValueFactory = _ => 200 };
        var database = new Option<string?>("--database") { Description = "the SQLite file to keep the data in (default a temp file shared with api)", HelpName = "path" };
        var command = new Command("feed", "Change feed: p50/p95 of a 100-change page from a stored cursor on 500,000 city procedures and 300,000 changes (target < 20 ms)")
        {
            procedures, changes, requests, database,
        };
        command.SetAction(parse => RunAsync(parse.GetValue(procedures), parse.GetValue(changes), Math.Max(1, parse.GetValue(requests)), parse.GetValue(database)));
        return command;
    }

    private static async Task RunAsync(int procedures, int changes, int requests, string? databasePath)
    {
        var path = databasePath ?? Path.Combine(Path.GetTempPath(), $"catalog-api-benchmark-{procedures}.db");
        Console.WriteLine($"SQLite database: {path} (shared with the api benchmark; delete it to regenerate)");
        var database = new CatalogDatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={path}");
        var factory = new CatalogDbContextFactory(database);
        await NationalCatalog.GenerateAsync(factory, procedures);
        var (last, busiest) = await EnsureHistoryAsync(factory, changes);

        await using var app = await CoverageBenchmark.StartHostAsync(database);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(5) };
        var random = new Random(42);
        (string Name, Func<HttpRequestMessage> Request)[] cases =
        [
            ("all cities, page from a stored cursor", () => Request(null, random.NextInt64(0, last - 100))),
            ($"one city ({busiest}), page from a cursor", () => Request(busiest, random.NextInt64(0, last - 100))),
            ("all cities, nothing new", () => Request(null, last)),
            ($"one city ({busiest}), nothing new", () => Request(busiest, last)),
        ];

        Console.WriteLine($"{requests} requests per case after 5 to warm up, one at a time, Release={!CoverageBenchmark.IsDebug()}");
        Console.WriteLine($"{"case",-44} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"KB",6}");
        foreach (var (name, request) in cases)
        {
            for (var i = 0; i < 5; i++)
            {
                await CoverageBenchmark.SendAsync(client, request);
            }

            var times = new List<double>(requests);
            var bytes = 0;
            var clock = new Stopwatch();
            for (var i = 0; i < requests; i++)
            {
                clock.Restart();
                bytes = await CoverageBenchmark.SendAsync(client, request);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-44} {CoverageBenchmark.Percentile(times, 0.50),8:N1} {CoverageBenchmark.Percentile(times, 0.95),8:N1} {times[^1],8:N1} {bytes / 1024.0,6:N0}"));
        }

        await app.StopAsync();
    }

    private static HttpRequestMessage Request(string? municipality, long afterPosition)
        => new(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(
                JsonSerializer.Serialize(new { query = PageQuery, variables = new { municipality, after = afterPosition == 0 ? null : GlobalId.Encode("CatalogChange", afterPosition) } }),
                Encoding.UTF8, "application/json"),
        };

    /// <summary>
    /// Adds update entries for random city procedures until the feed holds <paramref name="changes"/>, numbers them
    /// as the API would, and returns the last position and the city with most entries.
    /// </summary>
    private static async Task<(long Last, string Busiest)> EnsureHistoryAsync(CatalogDbContextFactory factory, int changes)
    {
        await using (var db = factory.CreateDbContext())
        {
            var have = await db.CatalogChanges.CountAsync();
            if (have < changes)
            {
                var clock = Stopwatch.StartNew();
                var procedures = await db.CityProcedures.AsNoTracking().Select(p => new { p.Id, p.MunicipalityIneCode }).ToListAsync();
                var random = new Random(7);
                var at = DateTimeOffset.UtcNow.AddDays(-30);
                for (var added = have; added < changes;)
                {
                    await using var batch = factory.CreateDbContext();
                    batch.ChangeTracker.AutoDetectChangesEnabled = false;
                    var count = Math.Min(20_000, changes - added);
                    for (var i = 0; i < count; i++)
                    {
                        // Big cities are edited more: a skewed pick, so one city has a long history of its own.
                        var procedure = procedures[(int)(Math.Pow(random.NextDouble(), 3) * procedures.Count)];
                        at = at.AddSeconds(8);
                        batch.CatalogChanges.Add(new CatalogChange("CityProcedure", procedure.Id.ToString(CultureInfo.InvariantCulture), CatalogChangeKind.Updated,
                            ["localName"], procedure.MunicipalityIneCode, at));
                    }

                    await batch.SaveChangesAsync();
                    added += count;
                }

                await ChangeFeedSequencer.SequenceAsync(db);
                Console.WriteLine($"Added {changes - have:N0} feed entries in {clock.Elapsed.TotalSeconds:N1} s.");
            }

            var last = await db.CatalogChanges.MaxAsync(c => c.Position) ?? 0;
            var busiest = await db.CatalogChanges.Where(c => c.MunicipalityIneCode != null).GroupBy(c => c.MunicipalityIneCode!)
                .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            var busiestCount = await db.CatalogChanges.CountAsync(c => c.MunicipalityIneCode == busiest);
            Console.WriteLine($"Feed: {await db.CatalogChanges.CountAsync():N0} entries, last position {last:N0}; {busiest} has {busiestCount:N0}.");
            return (last, busiest);
        }
    }
}
