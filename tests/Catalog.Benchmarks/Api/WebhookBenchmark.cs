using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Catalog.Api.Auth;
using Catalog.Db;
using Catalog.Db.Seed;
using Catalog.Domain.ChangeFeed;
using Catalog.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Catalog.Benchmarks.Api;

/// <summary>
/// Webhook delivery under bursts of writes, by the API process's own sender to a receiver on 127.0.0.1: first
/// concurrent editors sending <c>createCityProcedure</c> mutations (several per request; each reconciles its city, so
/// the writers, not the sender, set the pace), then 10,000 changes committed at once. Prints when the last event
/// arrived and whether any was lost, repeated or out of order. Target: 10,000 changes delivered within 60 s.
/// Usage: webhooks [--changes 2000] [--bulk 10000] [--writers 4] [--per-request 25]
/// </summary>
public static class WebhookBenchmark
{
    public static Command Create()
    {
        var changes = new Option<int>("--changes") { Description = "city procedures to create by mutations", DefaultValueFactory = _ => 2_000 };
        var bulk = new Option<int>("--bulk") { Description = "changes then committed at once", DefaultValueFactory = _ => 10_000 };
        var writers = new Option<int>("--writers") { Description = "concurrent clients writing", DefaultValueFactory = _ => 4 };
        var perRequest = new Option<int>("--per-request") { Description = "mutations per GraphQL request", DefaultValueFactory = _ => 25 };
        var command = new Command("webhooks", "Webhooks: changes written by concurrent mutations, then 10,000 at once, delivered to a local receiver, none lost or repeated (target: within 60 s)")
        {
            changes, bulk, writers, perRequest,
        };
        command.SetAction(parse => RunAsync(Math.Max(1, parse.GetValue(changes)), Math.Max(1, parse.GetValue(bulk)), Math.Max(1, parse.GetValue(writers)), Math.Max(1, parse.GetValue(perRequest))));
        return command;
    }

    private static async Task RunAsync(int changes, int bulk, int writers, int perRequest)
    {
        var path = Path.Combine(Path.GetTempPath(), $"catalog-webhook-benchmark-{Guid.NewGuid():N}.db");
        var database = new CatalogDatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={path}");
        try
        {
            await CatalogDatabaseInitializer.InitializeAsync(new CatalogDbContextFactory(database), migrate: true, seed: true, includeDemo: false,
                TimeProvider.System, NullLogger.Instance, CancellationToken.None);
            await using var receiver = await WebhookReceiver.StartAsync();
            await using var app = await CoverageBenchmark.StartHostAsync(database, new Dictionary<string, string?>
            {
                ["Webhooks:RequireHttps"] = "false",
                ["Webhooks:AllowPrivateNetworks"] = "true",
            });
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()), Timeout = TimeSpan.FromMinutes(5) };
            var cities = CatalogSeeder.ReadMunicipalities().Where((_, i) => i % 400 == 0).Take(20).Select(m => m.IneCode).ToList();
            var token = app.Services.GetRequiredService<TokenIssuer>().Issue("webhook-benchmark", CatalogRole.Admin, []);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            await PostAsync(client, "mutation($u: String!) { createWebhook(input: { url: $u }) { webhook { id } } }", new { u = receiver.Url });

            Console.WriteLine($"{changes:N0} createCityProcedure mutations, {perRequest} per request, {writers} writers, in {cities.Count} cities; Release={!CoverageBenchmark.IsDebug()}");
            var clock = Stopwatch.StartNew();
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
            {
                while (true)
                {
                    var start = Interlocked.Add(ref next, perRequest) - perRequest + 1;
                    if (start >= changes)
                    {
                        return;
                    }

                    var count = Math.Min(perRequest, changes - start);
                    var document = new StringBuilder("mutation {");
                    for (var i = start; i < start + count; i++)
                    {
                        document.Append(CultureInfo.InvariantCulture,
                            $" m{i}: createCityProcedure(input: {{ municipality: \"{cities[i % cities.Count]}\", localName: \"Trámite de prueba {i}\", silenceEffect: NEGATIVE }}) {{ cityProcedure {{ id }} }}");
                    }

                    await PostAsync(client, document.Append(" }").ToString(), null);
                }
            }));
            var written = clock.Elapsed;
            Console.WriteLine($"Writes: {written.TotalSeconds:N1} s ({changes / written.TotalSeconds:N0} changes/s).");

            Report("mutations", receiver, changes, clock, written, skip: 0);

            // A burst no writer can match: 10,000 changes committed at once, as a sync run's registry changes are.
            var before = receiver.Received.Count;
            await using (var db = new CatalogDbContextFactory(database).CreateDbContext())
            {
                db.CatalogChanges.AddRange(Enumerable.Range(0, bulk).Select(i => new CatalogChange("Unit", "LA00" + i.ToString("D5", CultureInfo.InvariantCulture),
                    CatalogChangeKind.RegistryChanged, [], cities[i % cities.Count], DateTimeOffset.UtcNow)));
                clock.Restart();
                await db.SaveChangesAsync();
            }

            Report("one commit", receiver, bulk, clock, clock.Elapsed, skip: before);
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>Waits (up to 5 minutes) for <paramref name="expected"/> more accepted events and prints what arrived.</summary>
    private static void Report(string what, WebhookReceiver receiver, int expected, Stopwatch clock, TimeSpan written, int skip)
    {
        while (receiver.Accepted.Count < skip + expected && clock.Elapsed < written + TimeSpan.FromMinutes(5))
        {
            Thread.Sleep(20);
        }

        var delivered = clock.Elapsed;
        Thread.Sleep(1000);
        var received = receiver.Received.Skip(skip).ToList();
        var ids = received.Select(r => r.Id).ToList();
        var positions = received.Select(r => long.Parse(Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(r.Id)).Split(':')[1], CultureInfo.InvariantCulture)).ToList();
        var inOrder = positions.Zip(positions.Skip(1)).All(p => p.First < p.Second);
        Console.WriteLine($"{what}: delivered {received.Count(r => r.AnsweredStatus == 200):N0} of {expected:N0}; last arrived {delivered.TotalSeconds:N1} s after the first write, " +
            $"{(delivered - written).TotalSeconds:N1} s after the last ({expected / Math.Max(0.001, delivered.TotalSeconds):N0} events/s); " +
            $"duplicates {ids.Count - ids.Distinct().Count()}; in feed order: {inOrder}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB.");
    }

    private static async Task PostAsync(HttpClient client, string query, object? variables)
    {
        using var response = await client.PostAsync("/graphql", new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || text.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"GraphQL request failed: {(int)response.StatusCode} {text[..Math.Min(text.Length, 500)]}");
        }
    }
}
