using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Catalog.Api;
using Catalog.Db;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Catalog.Benchmarks.Api;

/// <summary>
/// The national view's API time over national-size data (the <c>api</c> benchmark's database): the GraphQL query the
/// <c>/cobertura</c> page sends (regions, provinces, procedures and the first 25 of the ranking), the same for one
/// autonomous community, and the coverage XLSX. One client at a time, so a figure is the request's own time; the
/// first request after start-up is printed apart (it is the one that computes what later requests reuse).
/// The target is p95 under 150 ms, the page's whole budget.
/// Usage: coverage [--procedures 500000] [--requests 50] [--warmup 3] [--database path] [--case text]
/// </summary>
public static class CoverageBenchmark
{
    /// <summary>What <c>/cobertura</c> asks for; <c>$region</c> narrows provinces and ranking as <c>?comunidad=</c> does.</summary>
    public const string PageQuery = """
        query($region: String) { nationalCoverage { referenceProcedures
            regions { regionCode regionName municipalities municipalitiesImplementing mappedShare notOfferedShare missingShare }
            provinces(regionCode: $region) { provinceCode provinceName regionCode municipalities municipalitiesImplementing mappedShare notOfferedShare missingShare }
            procedures { procedure { code name } implementing notOffering silent implementingShare } }
          coverageRanking(first: 25, order: BEST_FIRST, regionCode: $region) { totalCount items { municipality { ineCode name provinceName } mapped notOffered missing mappedShare } } }
        """;

    /// <summary>The benchmark's command in <see cref="BenchmarkCommandLine.All"/>.</summary>
    public static Command Create() => TimedCasesCommand.Create("coverage",
        "National coverage: p50/p95 of the /cobertura GraphQL query and the coverage XLSX on 8,131 municipalities and 500,000 city procedures (target p95 < 150 ms)",
        requests: 50, warmup: 3, run => RunAsync(run.Procedures, run.Requests, run.Warmup, run.DatabasePath, run.Only));

    private sealed record Case(string Name, Func<HttpRequestMessage> Request);

    private static async Task RunAsync(int procedures, int requests, int warmup, string? databasePath, string? only)
    {
        var path = databasePath ?? Path.Combine(Path.GetTempPath(), $"catalog-api-benchmark-{procedures}.db");
        Console.WriteLine($"SQLite database: {path} (shared with the api benchmark; delete it to regenerate)");
        var database = new CatalogDatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={path}");
        await NationalCatalog.GenerateAsync(new CatalogDbContextFactory(database), procedures);

        await using var app = await StartHostAsync(database);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(5) };
        Case[] cases =
        [
            new("/cobertura query", () => GraphQLRequest(PageQuery, region: null)),
            new("/cobertura?comunidad=13 query", () => GraphQLRequest(PageQuery, region: "13")),
            new("/export/coverage.xlsx", () => new HttpRequestMessage(HttpMethod.Get, "/export/coverage.xlsx")),
        ];

        Console.WriteLine($"{requests} requests per case after {warmup} to warm up, one at a time, Release={!IsDebug()}");
        Console.WriteLine($"{"case",-34} {"first ms",9} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"KB",6}");
        foreach (var benchmarkCase in cases.Where(c => only is null || c.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            var clock = Stopwatch.StartNew();
            await SendAsync(client, benchmarkCase.Request);
            var first = clock.Elapsed.TotalMilliseconds;
            for (var i = 0; i < warmup; i++)
            {
                await SendAsync(client, benchmarkCase.Request);
            }

            var times = new List<double>(requests);
            var bytes = 0;
            for (var i = 0; i < requests; i++)
            {
                clock.Restart();
                bytes = await SendAsync(client, benchmarkCase.Request);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{benchmarkCase.Name,-34} {first,9:N1} {Percentile(times, 0.50),8:N1} {Percentile(times, 0.95),8:N1} {times[^1],8:N1} {bytes / 1024.0,6:N0}"));
        }

        await app.StopAsync();
    }

    private static HttpRequestMessage GraphQLRequest(string query, string? region)
        => new(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables = new { region } }), Encoding.UTF8, "application/json"),
        };

    /// <summary>Sends one request and reads the whole answer; an error answer stops the benchmark (timing errors measures nothing).</summary>
    internal static async Task<int> SendAsync(HttpClient client, Func<HttpRequestMessage> request)
    {
        using var message = request();
        using var response = await client.SendAsync(message);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode || (message.RequestUri?.OriginalString == "/graphql" && Encoding.UTF8.GetString(body).Contains("\"errors\"", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"{message.RequestUri} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(body[..Math.Min(body.Length, 500)])}");
        }

        return body.Length;
    }

    internal static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    internal static async Task<WebApplication> StartHostAsync(CatalogDatabaseOptions database, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Catalog"] = database.ConnectionString,
            ["Database:MigrateOnStartup"] = "false",
            ["Database:SeedOnStartup"] = "false",
            ["Sync:Schedule:Enabled"] = "false",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("CATALOG_BENCHMARK_SQL") == "1")
        {
            // Shows every statement with its duration, to explain a slow case.
            builder.Logging.AddSimpleConsole().AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
        }

        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddCatalogApi(builder.Configuration, builder.Environment);
        var app = builder.Build();
        app.MapCatalogApi();
        await app.StartAsync();
        return app;
    }

    internal static bool IsDebug()
    {
#if DEBUG
        return true;
#else
        return false;
#endif
    }
}
