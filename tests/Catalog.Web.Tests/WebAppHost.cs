using System.Net.Http.Json;
using System.Text.Json;
using Catalog.Api;
using Catalog.Api.Accounts;
using Catalog.Api.Auth;
using Catalog.Domain.Codes;
using Catalog.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Catalog.Web.Tests;

/// <summary>
/// The real API host, started with Kestrel on a free port of 127.0.0.1 over a fresh SQLite file, migrated and seeded
/// with the demo catalogs, as <c>dotnet run --project Catalog.Api</c> would start it (but in Production, so errors
/// look as visitors see them). The samples are loaded by the start-up sync, so the sync pages have a run to show.
/// </summary>
public sealed class WebAppHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _databasePath;

    private WebAppHost(WebApplication app, string databasePath, Uri address)
    {
        _app = app;
        _databasePath = databasePath;
        Address = address;
    }

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:43123/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The host's services (to issue a token for a write the test makes over GraphQL).</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<WebAppHost> StartAsync()
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"catalog-web-{Guid.NewGuid():N}.db");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = RepositoryPaths.Combine("Catalog.Api"),
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Catalog"] = $"Data Source={databasePath}",
            ["Database:SeedDemoData"] = "true",
            ["Sync:Schedule:CatchUpAtStart"] = "true",
            ["Sync:Schedule:Cron"] = "0 0 0 1 1 ? 2099",
            // The webhook page's test registers a receiver on 127.0.0.1.
            ["Webhooks:RequireHttps"] = "false",
            ["Webhooks:AllowPrivateNetworks"] = "true",
            ["Webhooks:PollInterval"] = "00:00:00.200",
            // The SIA page's test publishes Gijón's catalog; nothing listens at SIA's address, as when SIA is down.
            ["Sia:Publish:Enabled"] = "true",
            ["Sia:Publish:Municipalities:0"] = "33024",
            ["Sia:Publish:Endpoint"] = "http://127.0.0.1:9/actualizar",
            ["Sia:Publish:LookupEndpoint"] = "http://127.0.0.1:9/consultar",
            ["Sia:Publish:PollSeconds"] = "1",
            ["Sync:Sources:0:Name"] = "sample-dir3",
            ["Sync:Sources:0:Registry"] = "Dir3",
            ["Sync:Sources:0:Type"] = "File",
            ["Sync:Sources:0:Location"] = RepositoryPaths.Combine("Catalog.Sync", "Samples", "dir3"),
            ["Sync:Sources:1:Name"] = "sample-sia",
            ["Sync:Sources:1:Registry"] = "Sia",
            ["Sync:Sources:1:Type"] = "File",
            ["Sync:Sources:1:Location"] = RepositoryPaths.Combine("Catalog.Sync", "Samples", "sia", "consultarSIA_v3_1.xml"),
        });
        builder.Services.AddCatalogApi(builder.Configuration, builder.Environment);
        var app = builder.Build();
        await app.InitializeCatalogDatabaseAsync();
        app.MapCatalogApi();
        await app.StartAsync();
        var host = new WebAppHost(app, databasePath, new Uri(app.Urls.First().TrimEnd('/') + "/"));
        await host.WaitForFirstSyncAsync();
        return host;
    }

    /// <summary>
    /// Creates a local account as <c>user add</c> does and returns its one-time password link's path and query
    /// (<c>/cuenta/establecer-contrasena?cuenta=…&amp;codigo=…</c>), for a test to open as the new person would.
    /// </summary>
    public async Task<string> AddAccountAsync(string email, CatalogRole role, params string[] municipalities)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserCommands>();
        var codes = municipalities.Select(m => MunicipalityCode.Parse(m, "municipality")).ToList();
        var account = await users.AddUserAsync(email, role, codes, CancellationToken.None);
        return account.PasswordLink.PathAndQuery;
    }

    /// <summary>Waits until the start-up sync has finished, so pages show its run and its discrepancies.</summary>
    private async Task WaitForFirstSyncAsync()
    {
        using var http = new HttpClient { BaseAddress = Address };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            var response = await http.PostAsJsonAsync("graphql", new { query = "{ syncRuns(first: 1) { items { outcome } } }" });
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var items = json.RootElement.GetProperty("data").GetProperty("syncRuns").GetProperty("items");
            if (items.GetArrayLength() > 0 && items[0].GetProperty("outcome").GetString() != "RUNNING")
            {
                return;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The start-up sync did not finish within 90 seconds.");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
