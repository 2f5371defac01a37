using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Catalog.Api;
using Catalog.Db;
using Catalog.Domain;
using Catalog.Domain.CityCatalog;
using Catalog.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Catalog.Benchmarks.Api;

/// <summary>
/// Throughput and latency of five representative GraphQL queries over national-size data, each against a plain
/// endpoint in the same process that returns the same rows as JSON from one hand-written EF query. The ratio
/// (GraphQL requests/s ÷ plain requests/s) is the price of the GraphQL layer; the target is at least 0.6.
/// Usage: api [--provider sqlite|postgres] [--procedures 500000] [--seconds 10] [--warmup 5] [--concurrency 4] [--database path] [--case text] [--rounds 5]
/// (<c>--case</c> runs only the queries whose name contains the text, to profile one of them; each endpoint's
/// <c>--seconds</c> are split into <c>--rounds</c> turns that alternate with the other endpoint's).
/// </summary>
public static class ApiBenchmark
{
    private static readonly string[] Compared = ["28079", "08019", "46250", "41091", "29067", "50297", "07040", "35016", "48020", "33024"];

    /// <summary>The benchmark's command in <see cref="BenchmarkCommandLine.All"/>.</summary>
    public static Command Create()
    {
        var provider = BenchmarkCommandLine.ProviderOption();
        var procedures = new Option<int>("--procedures") { Description = "city procedures to generate", DefaultValueFactory = _ => 500_000 };
        var seconds = new Option<int>("--seconds") { Description = "seconds each endpoint is measured", DefaultValueFactory = _ => 10 };
        var warmup = new Option<int>("--warmup") { Description = "seconds of warm-up per query and endpoint", DefaultValueFactory = _ => 5 };
        var concurrency = new Option<int>("--concurrency") { Description = "requests in flight", DefaultValueFactory = _ => 4 };
        var database = new Option<string?>("--database") { Description = "the SQLite file to keep the data in (default a temp file)", HelpName = "path" };
        var only = new Option<string?>("--case") { Description = "run only the queries whose name contains this text", HelpName = "text" };
        var rounds = new Option<int>("--rounds") { Description = "turns each endpoint's time is split into", DefaultValueFactory = _ => 5 };
        var command = new Command("api", "GraphQL vs plain EF endpoint: req/s and latency percentiles of 5 queries on 8,131 municipalities and 500,000 city procedures")
        {
            provider, procedures, seconds, warmup, concurrency, database, only, rounds,
        };
        command.SetAction(parse => RunAsync(new Options(parse.GetRequiredValue(provider), parse.GetValue(procedures), parse.GetValue(seconds), parse.GetValue(warmup),
            parse.GetValue(concurrency), parse.GetValue(database), parse.GetValue(only), Math.Max(1, parse.GetValue(rounds)))));
        return command;
    }

    private sealed record Case(string Name, string Query, string PlainPath);

    private static async Task RunAsync(Options options)
    {
        var database = await PrepareDatabaseAsync(options);
        await NationalCatalog.GenerateAsync(new CatalogDbContextFactory(database), options.Procedures);

        await using var app = await StartHostAsync(database);
        var address = app.Urls.First();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency * 2 }) { BaseAddress = new Uri(address) };
        Case[] cases =
        [
            new("catalog page (50, nested)", """
                { cityProcedures(municipality: "28079", first: 50) { edges { node { id localName siaCode
                  attributes { silenceEffect resolutionTerm { amount unit } }
                  referenceProcedure { code name } responsibleUnit { code name parent { code name } } siaEntry { code name } } } } }
                """, "/plain/catalog-page"),
            new("municipality by DIR3 code", """{ municipality(code: "L01280796") { ineCode name provinceName regionName councilDir3Code council { code name } } }""", "/plain/municipality"),
            new("municipality name search", """{ municipalities(search: "villa", first: 20) { edges { node { ineCode name provinceName } } } }""", "/plain/search"),
            new("procedures of a reference (100)", """{ cityProcedures(referenceCode: "P01-001", first: 100) { edges { node { localName siaCode municipality { name } } } } }""", "/plain/by-reference"),
            // What /cobertura shows: the three aggregates and the first page of the ranking.
            new("national coverage + ranking (50)", """
                { nationalCoverage { referenceProcedures procedures { procedure { code name } implementing notOffering silent }
                  regions { regionCode regionName municipalities municipalitiesImplementing mapped notOffered missing mappedShare }
                  provinces { provinceCode provinceName regionName municipalities mapped mappedShare } }
                  coverageRanking(first: 50) { edges { node { municipality { ineCode name provinceName } mapped notOffered missing mappedShare } } } }
                """, "/plain/coverage"),
            new("compare 10 cities", $$"""{ compareImplementations(referenceCode: "P01-001", municipalities: [{{string.Join(", ", Compared.Select(c => $"\"{c}\""))}}]) { implementations { municipality { name } status siaCode differences { field kind reference { silenceEffect electronicLevel resolutionTerm { amount unit } } city { silenceEffect electronicLevel resolutionTerm { amount unit } } } } } }""", "/plain/compare"),
        ];

        var selected = cases.Where(c => options.Case is null || c.Name.Contains(options.Case, StringComparison.OrdinalIgnoreCase)).ToList();
        // A server is measured in its steady state: every query runs on both endpoints first, so that tiered
        // compilation has promoted the hot code of both paths before anything is timed. Without it the path measured
        // first pays the JIT's warm-up (the GraphQL path has more code to promote).
        Console.WriteLine($"Warming up: {options.Warmup} s per query and endpoint");
        foreach (var benchmarkCase in selected)
        {
            await WarmUpAsync(client, () => GraphQLRequest(benchmarkCase.Query), options);
            await WarmUpAsync(client, () => new HttpRequestMessage(HttpMethod.Get, benchmarkCase.PlainPath), options);
        }

        Console.WriteLine($"{database.Provider}, {options.Concurrency} concurrent clients, {options.Seconds} s per endpoint in {options.Rounds} interleaved rounds, Release={!IsDebug()}");
        Console.WriteLine($"{"query",-34} {"GraphQL req/s",14} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"KB/req",7} {"CPU µs/req",10} | {"plain req/s",12} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"KB/req",7} {"CPU µs/req",10} | {"ratio",6} {"rounds",11}");
        foreach (var benchmarkCase in selected)
        {
            var graphql = new Load();
            var plain = new Load();
            var ratios = new List<double>();
            var slice = TimeSpan.FromSeconds((double)options.Seconds / options.Rounds);
            for (var round = 0; round < options.Rounds; round++)
            {
                // The two endpoints take turns, first one then the other, so that a change in the machine's load
                // (other tenants, a build) falls on both alike instead of on whichever ran during it.
                var graphqlFirst = round % 2 == 0;
                var first = await MeasureAsync(client, graphqlFirst ? () => GraphQLRequest(benchmarkCase.Query) : () => new HttpRequestMessage(HttpMethod.Get, benchmarkCase.PlainPath), options.Concurrency, slice);
                var second = await MeasureAsync(client, graphqlFirst ? () => new HttpRequestMessage(HttpMethod.Get, benchmarkCase.PlainPath) : () => GraphQLRequest(benchmarkCase.Query), options.Concurrency, slice);
                var (g, p) = graphqlFirst ? (first, second) : (second, first);
                graphql.Add(g);
                plain.Add(p);
                ratios.Add(g.Rps / p.Rps);
            }

            ratios.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{benchmarkCase.Name,-34} {graphql.Rps,14:N0} {graphql.Percentile(0.50),8:N2} {graphql.Percentile(0.90),8:N2} {graphql.Percentile(0.99),8:N2} {graphql.Kilobytes,7:N0} {graphql.CpuMicroseconds,10:N0} | {plain.Rps,12:N0} {plain.Percentile(0.50),8:N2} {plain.Percentile(0.90),8:N2} {plain.Percentile(0.99),8:N2} {plain.Kilobytes,7:N0} {plain.CpuMicroseconds,10:N0} | {graphql.Rps / plain.Rps,6:N2} {ratios[0],5:N2}–{ratios[^1],-5:N2}"));
        }

        Console.WriteLine($"Peak working set: {BenchmarkCommandLine.PeakWorkingSetMb():N0} MB");
        await app.StopAsync();
    }

    private static HttpRequestMessage GraphQLRequest(string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        return request;
    }

    /// <summary>One endpoint's measurements, summed over the rounds.</summary>
    private sealed class Load
    {
        private readonly List<double> latencies = [];
        private double seconds;
        private double allocatedBytes;
        private double cpuSeconds;

        public double Rps => latencies.Count / seconds;

        /// <summary>Bytes allocated per request (server and client together): steadier than timings on a shared machine.</summary>
        public double Kilobytes => allocatedBytes / 1024 / latencies.Count;

        /// <summary>Processor time of the whole process (server and client) per request: less sensitive than req/s to other load on the machine.</summary>
        public double CpuMicroseconds => cpuSeconds * 1e6 / latencies.Count;

        public void Add(Round round)
        {
            latencies.AddRange(round.Latencies);
            latencies.Sort();
            seconds += round.Seconds;
            allocatedBytes += round.AllocatedBytes;
            cpuSeconds += round.CpuSeconds;
        }

        public double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)(p * latencies.Count))];
    }

    private sealed record Round(List<double> Latencies, double Seconds, double AllocatedBytes, double CpuSeconds)
    {
        public double Rps => Latencies.Count / Seconds;
    }

    private static async Task WarmUpAsync(HttpClient client, Func<HttpRequestMessage> request, Options options)
    {
        // One checked request first: a benchmark of error responses would measure nothing.
        using (var check = await client.SendAsync(request()))
        {
            var body = await check.Content.ReadAsStringAsync();
            if (!check.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The benchmark request failed: {(int)check.StatusCode} {body[..Math.Min(body.Length, 500)]}");
            }
        }

        await RunLoadAsync(client, request, options.Concurrency, TimeSpan.FromSeconds(options.Warmup));
    }

    private static async Task<Round> MeasureAsync(HttpClient client, Func<HttpRequestMessage> request, int concurrency, TimeSpan duration)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes();
        var latencies = await RunLoadAsync(client, request, concurrency, duration);
        var elapsed = clock.Elapsed.TotalSeconds;
        var allocatedBytes = GC.GetTotalAllocatedBytes() - allocated;
        process.Refresh();
        return new Round(latencies, elapsed, allocatedBytes, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    private static async Task<List<double>> RunLoadAsync(HttpClient client, Func<HttpRequestMessage> request, int concurrency, TimeSpan duration)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var latencies = new List<double>();
            while (Stopwatch.GetTimestamp() < end)
            {
                var start = Stopwatch.GetTimestamp();
                using var message = request();
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead);
                response.EnsureSuccessStatusCode();
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }

            return latencies;
        }).ToList();
        return (await Task.WhenAll(workers)).SelectMany(l => l).ToList();
    }

    private static async Task<WebApplication> StartHostAsync(CatalogDatabaseOptions database)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Catalog"] = database.ConnectionString,
            ["Database:MigrateOnStartup"] = "false",
            ["Database:SeedOnStartup"] = "false",
        });
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
        PlainEndpoints.Map(app, Compared);
        await app.StartAsync();
        return app;
    }

    private static async Task<CatalogDatabaseOptions> PrepareDatabaseAsync(Options options)
    {
        if (options.Provider == "postgres")
        {
            var server = PostgresTestDatabase.ServerConnectionString
                ?? throw new InvalidOperationException($"Set {PostgresTestDatabase.EnvironmentVariable} to run the benchmark on PostgreSQL.");
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = "catalog_api_benchmark" };
            await using var connection = new Npgsql.NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var exists = new Npgsql.NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = 'catalog_api_benchmark'", connection);
            if (await exists.ExecuteScalarAsync() is null)
            {
                await using var create = new Npgsql.NpgsqlCommand("CREATE DATABASE catalog_api_benchmark", connection);
                await create.ExecuteNonQueryAsync();
            }

            return new CatalogDatabaseOptions(DatabaseProvider.PostgreSql, builder.ToString());
        }

        var path = options.DatabasePath ?? Path.Combine(Path.GetTempPath(), $"catalog-api-benchmark-{options.Procedures}.db");
        Console.WriteLine($"SQLite database: {path} (kept for reruns; delete it to regenerate)");
        return new CatalogDatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={path}");
    }

    private static bool IsDebug()
    {
#if DEBUG
        return true;
#else
        return false;
#endif
    }

    private sealed record Options(string Provider, int Procedures, int Seconds, int Warmup, int Concurrency, string? DatabasePath, string? Case, int Rounds);
}

/// <summary>
/// The baseline: the same rows as the GraphQL cases, each from one hand-written EF query, serialized as JSON by
/// ASP.NET Core. What a hand-made REST endpoint would cost.
/// </summary>
internal static class PlainEndpoints
{
    // Values are passed as captured variables, not literals, so EF sends them as parameters as the GraphQL path does.
    private const string Municipality = "28079";
    private const string Reference = "P01-001";

    public static void Map(WebApplication app, string[] compared)
    {
        var municipality = Municipality;
        var reference = Reference;
        var active = CityProcedureStatus.Active;
        // Explicit left joins: a FirstOrDefault() sub-select per related row would make EF on SQLite number every row
        // of the related table (ROW_NUMBER over 500,000 SIA entries), which no one writing this by hand would ship.
        app.MapGet("/plain/coverage", async (Catalog.Api.CityCatalog.NationalCoverageSnapshot snapshot, CancellationToken cancellation) =>
        {
            // The same national view the GraphQL field serves, read without GraphQL.
            var coverage = await snapshot.GetAsync(cancellation);
            var procedures = coverage.PerProcedure(null);
            var regions = coverage.PerRegion();
            var provinces = coverage.PerProvince(null);
            var ranking = coverage.Ranking(null, null, Catalog.Api.CityCatalog.CoverageRankingOrder.BestFirst).Take(50);
            return Microsoft.AspNetCore.Http.Results.Json(new
            {
                procedures = procedures.Select(p => new { p.Procedure.Code, p.Procedure.Name, p.Implementing, p.NotOffering, p.Silent }),
                regions = regions.Select(r => new { r.Code, r.Name, r.Municipalities, r.Implementing, r.Mapped, r.NotOffered, r.Missing }),
                provinces = provinces.Select(r => new { r.Code, r.Name, r.RegionName, r.Municipalities, r.Mapped }),
                ranking = ranking.Select(r => new { r.IneCode, r.Municipality.Name, r.Municipality.ProvinceName, r.Mapped, r.Declared }),
            });
        });
        app.MapGet("/plain/catalog-page", async (CatalogDbContext db) =>
        {
            var page = db.CityProcedures.AsNoTracking().Where(p => p.MunicipalityIneCode == municipality && p.Status == active)
                .OrderBy(p => p.SearchName).ThenBy(p => p.Id).Take(50);
            return await (
                from p in page
                join r in db.ReferenceProcedures on p.ReferenceProcedureId equals r.Id into references
                from r in references.DefaultIfEmpty()
                join u in db.Units on p.ResponsibleUnitCode equals u.Code into units
                from u in units.DefaultIfEmpty()
                join parent in db.Units on u.ParentCode equals parent.Code into parents
                from parent in parents.DefaultIfEmpty()
                join e in db.SiaEntries on p.SiaCode equals e.Code into entries
                from e in entries.DefaultIfEmpty()
                orderby p.SearchName, p.Id
                select new
                {
                    p.Id,
                    p.LocalName,
                    p.SiaCode,
                    p.Attributes.SilenceEffect,
                    p.Attributes.ResolutionTermAmount,
                    p.Attributes.ResolutionTermUnit,
                    Reference = r == null ? null : new { r.Code, r.Name },
                    Unit = u == null ? null : new { u.Code, u.Name, Parent = parent == null ? null : new { parent.Code, parent.Name } },
                    Sia = e == null ? null : new { e.Code, e.Name },
                }).ToListAsync();
        });

        // The GraphQL field reads the INE code out of the council's DIR3 code and looks the municipality up by key; so does this.
        app.MapGet("/plain/municipality", async (CatalogDbContext db) => await (
                from m in db.Municipalities.AsNoTracking()
                where m.IneCode == municipality
                join u in db.Units on m.CouncilDir3Code equals u.Code into councils
                from u in councils.DefaultIfEmpty()
                select new { m.IneCode, m.Name, m.ProvinceName, m.RegionName, m.CouncilDir3Code, Council = u == null ? null : new { u.Code, u.Name } })
            .FirstOrDefaultAsync());

        app.MapGet("/plain/search", async (CatalogDbContext db) =>
        {
            var folded = Text.Fold("villa");
            return await db.Municipalities.AsNoTracking().Where(m => m.SearchName.Contains(folded)).OrderBy(m => m.SearchName).ThenBy(m => m.IneCode).Take(20)
                .Select(m => new { m.IneCode, m.Name, m.ProvinceName }).ToListAsync();
        });

        app.MapGet("/plain/by-reference", async (CatalogDbContext db) => await (
                from p in db.CityProcedures.AsNoTracking()
                join r in db.ReferenceProcedures on p.ReferenceProcedureId equals r.Id
                join m in db.Municipalities on p.MunicipalityIneCode equals m.IneCode
                where r.Code == reference && p.Status == active
                orderby p.SearchName, p.Id
                select new { p.LocalName, p.SiaCode, Municipality = m.Name })
            .Take(100).ToListAsync());

        app.MapGet("/plain/compare", async (CatalogDbContext db) =>
        {
            var mapped =
                from p in db.CityProcedures
                join r in db.ReferenceProcedures on p.ReferenceProcedureId equals r.Id
                where r.Code == reference && p.Status == active && compared.Contains(p.MunicipalityIneCode)
                select new { Procedure = p, Reference = r };
            var rows = await (
                from m in db.Municipalities.AsNoTracking()
                where compared.Contains(m.IneCode)
                join p in mapped on m.IneCode equals p.Procedure.MunicipalityIneCode into procedures
                from p in procedures.DefaultIfEmpty()
                select new { m.IneCode, m.Name, p.Procedure, p.Reference }).ToListAsync();
            return rows.Select(r => new
            {
                Municipality = r.Name,
                Status = r.Procedure is null ? "NOT_MAPPED" : r.Procedure.IsOffered ? "IMPLEMENTED" : "NOT_OFFERED",
                r.Procedure?.SiaCode,
                Differences = r.Procedure is null || r.Reference is null ? [] : r.Procedure.Attributes.DiffFrom(r.Reference.Attributes),
            }).ToList();
        });
    }
}
