using System.Data.Common;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Catalog.Db;
using Catalog.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
// WebApplicationFactory only needs a type of the host's assembly to find its entry point; Program cannot be named
// here because Catalog.Sync (referenced through the API) has a top-level Program too.
using ApiEntryPoint = Catalog.Api.GraphQL.CatalogSchema;

namespace Catalog.Api.Tests;


/// <summary>
/// The API host over a real, migrated and seeded database, shared by the tests of one class. The host runs the real
/// HTTP pipeline (WebApplicationFactory) in Production mode, so errors look as clients see them.
/// </summary>
public abstract class ApiFixture : IAsyncLifetime
{
    private WebApplicationFactory<ApiEntryPoint>? _factory;
    private ApiTestData? _data;

    protected ApiFixture(TestDatabase database) => Database = database;

    public TestDatabase Database { get; }

    /// <summary>The host; skips the test when the database is not available.</summary>
    public WebApplicationFactory<ApiEntryPoint> Factory
    {
        get
        {
            _ = Database.Factory;
            return _factory ?? throw new InvalidOperationException("The API fixture is not initialised.");
        }
    }

    /// <summary>What the seeded data holds (ids and codes tests refer to).</summary>
    public ApiTestData Data
    {
        get
        {
            _ = Database.Factory;
            return _data ?? throw new InvalidOperationException("The API fixture is not initialised.");
        }
    }

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        if (Database.UnavailableReason is not null)
        {
            return;
        }

        _data = await ApiTestData.SeedAsync(Database);
        _factory = CreateFactory(Database.Options, configure: null);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await Database.DisposeAsync();
    }

    /// <summary>A started host whose statements are counted from now on (the start-up's are not), and its client.</summary>
    public CountingHost CreateCountingHost(params IInterceptor[] more)
    {
        var counter = new StatementCounter();
        var factory = CreateCountingFactory(counter, more);
        var client = factory.CreateClient();
        counter.Reset();
        return new CountingHost(factory, client, counter);
    }

    /// <summary>A host whose DbContexts report every SQL statement to <paramref name="counter"/>.</summary>
    public WebApplicationFactory<ApiEntryPoint> CreateCountingFactory(StatementCounter counter, params IInterceptor[] more)
    {
        var options = Database.Options;
        // The product's own factory (same SQL translation settings), with the counter added.
        var counting = new CatalogDbContextFactory(options, loggerFactory: null, [counter, .. more]);
        return CreateFactory(options, services =>
        {
            services.RemoveAll<CatalogDbContext>();
            services.AddScoped(_ => counting.CreateDbContext());
        });
    }

    /// <summary>A host with extra configuration (e.g. tighter limits).</summary>
    public WebApplicationFactory<ApiEntryPoint> CreateFactory(IReadOnlyDictionary<string, string?> settings)
        => CreateFactory(Database.Options, configure: null, settings);

    private static WebApplicationFactory<ApiEntryPoint> CreateFactory(CatalogDatabaseOptions options, Action<IServiceCollection>? configure, IReadOnlyDictionary<string, string?>? settings = null)
        => new WebApplicationFactory<ApiEntryPoint>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", options.Provider.ToString());
            builder.UseSetting("ConnectionStrings:Catalog", options.ConnectionString);
            builder.UseSetting("Database:MigrateOnStartup", "false");
            builder.UseSetting("Database:SeedOnStartup", "false");
            // The scheduler runs (so requested syncs execute) but never on its own: no catch-up, no nightly fire.
            builder.UseSetting("Sync:Schedule:CatchUpAtStart", "false");
            builder.UseSetting("Sync:Schedule:Cron", "0 0 0 1 1 ? 2099");
            // No webhook sender polling in the background (it would add statements to the counted ones); the webhook
            // tests turn it on.
            builder.UseSetting("Webhooks:DeliveryEnabled", "false");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }

            if (configure is not null)
            {
                builder.ConfigureServices(configure);
            }
        });
}

/// <summary>The API over SQLite.</summary>
public sealed class SqliteApiFixture() : ApiFixture(new SqliteTestDatabase());

/// <summary>The API over PostgreSQL (skipped without <c>CATALOG_TEST_POSTGRES</c>).</summary>
public sealed class PostgresApiFixture() : ApiFixture(new PostgresTestDatabase());

/// <summary>Counts the SQL statements the API's DbContexts execute, and keeps the text of the queries.</summary>
/// <summary>A test host with a statement counter (see <see cref="ApiFixture.CreateCountingHost"/>).</summary>
public sealed class CountingHost(WebApplicationFactory<ApiEntryPoint> factory, HttpClient client, StatementCounter counter) : IAsyncDisposable
{
    public HttpClient Client { get; } = client;

    public StatementCounter Counter { get; } = counter;

    public ValueTask DisposeAsync() => factory.DisposeAsync();
}

/// <summary>Counts the database connections EF opens.</summary>
public sealed class ConnectionCounter : DbConnectionInterceptor
{
    private int _opened;

    public int Opened => _opened;

    public void Reset() => Interlocked.Exchange(ref _opened, 0);

    public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _opened);
        return base.ConnectionOpenedAsync(connection, eventData, cancellationToken);
    }

    public override void ConnectionOpened(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData)
    {
        Interlocked.Increment(ref _opened);
        base.ConnectionOpened(connection, eventData);
    }
}

public sealed class StatementCounter : DbCommandInterceptor
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _queries = new();
    private int _count;

    public int Count => _count;

    /// <summary>The text of the queries run since the last reset, in order.</summary>
    public IReadOnlyList<string> Queries => [.. _queries];

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        _queries.Clear();
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        Interlocked.Increment(ref _count);
        _queries.Enqueue(command.CommandText);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>A GraphQL response as a client reads it.</summary>
public sealed record GraphQLResponse(int Status, string? ContentType, JsonElement Body)
{
    public JsonElement Data => Body.GetProperty("data");

    public bool HasErrors => Body.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;

    public JsonElement FirstError => Body.GetProperty("errors")[0];

    public string? FirstErrorCode => FirstError.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() : null;

    public string FirstErrorMessage => FirstError.GetProperty("message").GetString()!;

    public override string ToString() => $"{Status} {ContentType}: {Body}";
}

/// <summary>Sends GraphQL requests as a client would.</summary>
public static class GraphQLClient
{
    public static Task<GraphQLResponse> PostAsync(this HttpClient client, string query, object? variables = null, string? operationName = null, string accept = "application/graphql-response+json")
        => client.PostJsonAsync(JsonSerializer.Serialize(new { query, variables, operationName }), accept);

    public static async Task<GraphQLResponse> PostJsonAsync(this HttpClient client, string json, string accept = "application/graphql-response+json", string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await SendAsync(client, request);
    }

    public static async Task<GraphQLResponse> GetQueryAsync(this HttpClient client, string query, string? variables = null, string accept = "application/graphql-response+json")
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query) + (variables is null ? "" : "&variables=" + Uri.EscapeDataString(variables));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await SendAsync(client, request);
    }

    public static async Task<GraphQLResponse> SendAsync(this HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new GraphQLResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }
}
