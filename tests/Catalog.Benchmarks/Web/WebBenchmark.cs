using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Catalog.Api;
using Catalog.Benchmarks.Api;
using Catalog.Db;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Catalog.Benchmarks.Web;

/// <summary>
/// Server rendering time of each web app page over national-size data (the <c>api</c> benchmark's database:
/// 8,131 municipalities, 500,000 city procedures): one client at a time, so a figure is the page's own time, not a
/// queue's. The target is p95 under 150 ms for every page.
/// Usage: web [--procedures 500000] [--requests 200] [--warmup 20] [--database path] [--case text]
/// </summary>
public static class WebBenchmark
{
    /// <summary>The benchmark's command in <see cref="BenchmarkCommandLine.All"/>.</summary>
    public static Command Create() => TimedCasesCommand.Create("web",
        "Web app pages: p50/p95 server time of each page on 8,131 municipalities and 500,000 city procedures (target p95 < 150 ms)",
        requests: 200, warmup: 20, run => RunAsync(run.Procedures, run.Requests, run.Warmup, run.DatabasePath, run.Only));

    private static async Task RunAsync(int procedures, int requests, int warmup, string? databasePath, string? only)
    {
        var path = databasePath ?? Path.Combine(Path.GetTempPath(), $"catalog-api-benchmark-{procedures}.db");
        Console.WriteLine($"SQLite database: {path} (shared with the api benchmark; delete it to regenerate)");
        var database = new CatalogDatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={path}");
        await NationalCatalog.GenerateAsync(new CatalogDbContextFactory(database), procedures);

        await using var app = await StartHostAsync(database);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var (procedureId, siaCode, unitCode) = await SamplesAsync(client);
        string[] pages =
        [
            "/", "/?q=villa", "/referencia", "/referencia/P01-001", "/municipios/28079", "/municipios/L01280796",
            $"/municipios/28079/procedimientos/{procedureId}", $"/registros/dir3/{unitCode}", $"/registros/sia/{siaCode}",
            "/sincronizacion", "/cobertura", "/cobertura?comunidad=13", "/comparar/P01-001?municipios=28079,08019,46250,29067",
        ];

        Console.WriteLine($"{requests} requests per page after {warmup} to warm up, one at a time, Release={!IsDebug()}");
        Console.WriteLine($"{"page",-60} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"KB",6}");
        foreach (var page in pages.Where(p => only is null || p.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            for (var i = 0; i < warmup; i++)
            {
                await GetAsync(client, page);
            }

            var times = new List<double>(requests);
            var bytes = 0;
            for (var i = 0; i < requests; i++)
            {
                var clock = Stopwatch.StartNew();
                bytes = await GetAsync(client, page);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{page,-60} {Percentile(times, 0.50),8:N1} {Percentile(times, 0.95),8:N1} {times[^1],8:N1} {bytes / 1024.0,6:N0}"));
        }

        await app.StopAsync();
    }

    private static async Task<int> GetAsync(HttpClient client, string page)
    {
        using var response = await client.GetAsync(page);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{page} answered {(int)response.StatusCode}.");
        }

        return body.Length;
    }

    /// <summary>A city procedure of Madrid with its SIA code and unit, to open their pages.</summary>
    private static async Task<(string Id, string SiaCode, string UnitCode)> SamplesAsync(HttpClient client)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query = """{ cityProcedures(municipality: "28079", first: 50) { items { id siaCode responsibleUnitCode } } }""" });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = json.RootElement.GetProperty("data").GetProperty("cityProcedures").GetProperty("items").EnumerateArray()
            .First(i => i.GetProperty("siaCode").ValueKind == JsonValueKind.String && i.GetProperty("responsibleUnitCode").ValueKind == JsonValueKind.String);
        return (items.GetProperty("id").GetString()!, items.GetProperty("siaCode").GetString()!, items.GetProperty("responsibleUnitCode").GetString()!);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static async Task<WebApplication> StartHostAsync(CatalogDatabaseOptions database)
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
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddCatalogApi(builder.Configuration, builder.Environment);
        var app = builder.Build();
        app.MapCatalogApi();
        await app.StartAsync();
        return app;
    }

    private static bool IsDebug()
    {
#if DEBUG
        return true;
#else
        return false;
#endif
    }
}
